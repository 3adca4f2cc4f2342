import { useTranslation } from 'react-i18next';

import type { ProgramSummary } from '../../../../shared/host-api/contract';

/** In the library: whether a program is shared, and whether it still waits for its first sync. */
export function SharingMarks({ program }: { program: ProgramSummary }) {
  const { t } = useTranslation('sharing');
  if (program.awaitingSync)
    return <span className="badge badge-warning library-mark">{t('library.awaiting')}</span>;
  if (program.shared) return <span className="badge library-mark">{t('library.shared')}</span>;
  return null;
}
