import { useTranslation } from 'react-i18next';

import { Button, useDialogOpening } from '../../components';
import { ShareDialog } from './ShareDialog';

/** "Share" in the program's top bar. */
export function ShareButton() {
  const { t } = useTranslation('sharing');
  const dialog = useDialogOpening<true>();
  return (
    <>
      <Button
        variant="primary"
        small
        aria-haspopup="dialog"
        aria-label={t('share.openLabel')}
        onClick={() => dialog.open(true)}
      >
        {t('share.open')}
      </Button>
      {dialog.value !== null ? <ShareDialog onClose={dialog.close} /> : null}
    </>
  );
}
