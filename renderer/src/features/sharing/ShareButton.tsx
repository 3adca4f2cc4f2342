import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '../../components';
import { ShareDialog } from './ShareDialog';

/** "Share" in the program's top bar. */
export function ShareButton() {
  const { t } = useTranslation('sharing');
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement | null>(null);
  // The dialog leaves the page when closed, so focus is brought back by hand.
  const close = () => {
    setOpen(false);
    opener.current?.focus();
  };
  return (
    <>
      <Button
        variant="primary"
        small
        aria-haspopup="dialog"
        aria-label={t('share.openLabel')}
        onClick={(event) => {
          opener.current = event.currentTarget;
          setOpen(true);
        }}
      >
        {t('share.open')}
      </Button>
      {open ? <ShareDialog onClose={close} /> : null}
    </>
  );
}
