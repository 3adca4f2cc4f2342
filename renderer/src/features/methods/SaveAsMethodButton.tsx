import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '../../components';

const SaveAsMethodDialog = lazy(() =>
  import('./SaveAsMethodDialog').then((module) => ({ default: module.SaveAsMethodDialog })),
);

/** "Save as method" on a session plan. */
export function SaveAsMethodButton({ blockId }: { blockId: string }) {
  const { t } = useTranslation('methods');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        small
        aria-haspopup="dialog"
        title={t('save.openLabel')}
        onClick={() => setOpen(true)}
      >
        {t('save.open')}
      </Button>
      {open ? (
        <Suspense fallback={null}>
          <SaveAsMethodDialog blockId={blockId} onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  );
}
