import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import { Button, useDialogOpening } from '../../components';

// Loaded when first opened: with the invite's schema it need not delay opening a program.
const ShareDialog = lazy(() =>
  import('./ShareDialog').then((module) => ({ default: module.ShareDialog })),
);

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
      {dialog.value !== null ? (
        <Suspense fallback={null}>
          <ShareDialog onClose={dialog.close} />
        </Suspense>
      ) : null}
    </>
  );
}
