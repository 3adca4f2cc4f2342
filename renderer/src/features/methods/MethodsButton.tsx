import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '../../components';
import { useReturningDialog } from './use-returning-dialog';

// The library, its filters and its schema load when first opened.
const MethodLibrary = lazy(() =>
  import('./MethodLibrary').then((module) => ({ default: module.MethodLibrary })),
);

type Props = {
  /** The session plan it is opened from, whose stages the library can add to; null from the week. */
  blockId: string | null;
  small?: boolean;
  variant?: 'ghost' | 'secondary';
};

/** Opens the method library. */
export function MethodsButton({ blockId, small = true, variant = 'secondary' }: Props) {
  const { t } = useTranslation('methods');
  const dialog = useReturningDialog();
  return (
    <>
      <Button
        small={small}
        variant={variant}
        aria-haspopup="dialog"
        title={t(blockId === null ? 'openLabel' : 'openForSessionLabel')}
        onClick={dialog.open}
      >
        {t(blockId === null ? 'open' : 'openForSession')}
      </Button>
      {dialog.isOpen ? (
        <Suspense fallback={null}>
          <MethodLibrary blockId={blockId} onClose={dialog.close} />
        </Suspense>
      ) : null}
    </>
  );
}
