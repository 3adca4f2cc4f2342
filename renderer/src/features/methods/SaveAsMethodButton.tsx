import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '../../components';
import { useReturningDialog } from './use-returning-dialog';

const SaveAsMethodDialog = lazy(() =>
  import('./SaveAsMethodDialog').then((module) => ({ default: module.SaveAsMethodDialog })),
);

/** "Save as method" on a session plan. */
export function SaveAsMethodButton({ blockId }: { blockId: string }) {
  const { t } = useTranslation('methods');
  const dialog = useReturningDialog();
  return (
    <>
      <Button small aria-haspopup="dialog" title={t('save.openLabel')} onClick={dialog.open}>
        {t('save.open')}
      </Button>
      {dialog.isOpen ? (
        <Suspense fallback={null}>
          <SaveAsMethodDialog blockId={blockId} onClose={dialog.close} />
        </Suspense>
      ) : null}
    </>
  );
}
