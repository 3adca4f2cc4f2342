import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { ProgramSummary } from '../../../../shared/host-api';
import { Button } from '../../components';
import { JoinDialog } from './JoinDialog';

/** "Join" in the library's header: a program a co-tutor shared, from their invite. */
export function JoinButton({ onJoined }: { onJoined: (program: ProgramSummary) => void }) {
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
        aria-haspopup="dialog"
        aria-label={t('join.openLabel')}
        onClick={(event) => {
          opener.current = event.currentTarget;
          setOpen(true);
        }}
      >
        {t('join.open')}
      </Button>
      {open ? (
        <JoinDialog
          onClose={close}
          onJoined={(program) => {
            setOpen(false);
            onJoined(program);
          }}
        />
      ) : null}
    </>
  );
}
