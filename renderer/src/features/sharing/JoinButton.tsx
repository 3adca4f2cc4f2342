import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import type { ProgramSummary } from '../../../../shared/host-api/contract';
import { Button, useDialogOpening } from '../../components';

// Loaded when first opened: with the invite's schema it need not delay the library.
const JoinDialog = lazy(() =>
  import('./JoinDialog').then((module) => ({ default: module.JoinDialog })),
);

/** "Join" in the library's header: a program a co-tutor shared, from their invite. */
export function JoinButton({ onJoined }: { onJoined: (program: ProgramSummary) => void }) {
  const { t } = useTranslation('sharing');
  const dialog = useDialogOpening<true>();
  return (
    <>
      <Button
        aria-haspopup="dialog"
        aria-label={t('join.openLabel')}
        onClick={() => dialog.open(true)}
      >
        {t('join.open')}
      </Button>
      {dialog.value !== null ? (
        <Suspense fallback={null}>
          <JoinDialog
            onClose={dialog.close}
            onJoined={(program) => {
              dialog.close();
              onJoined(program);
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
