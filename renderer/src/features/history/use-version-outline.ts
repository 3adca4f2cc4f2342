import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';

import { readProgram } from '../../../../shared/model/read';
import type { ExportLabels } from '../../../../shared/print/labels';
import type { ProgramOutline } from '../../../../shared/print/outline-types';
import { programOutline } from '../../../../shared/print/program-outline';
import { useFormatLocale } from '../../i18n/format';
import { exportDates, exportLabels } from '../export/export-labels';

/** An opened version as the print view lays it out, in the interface's words. */
export function useVersionOutline(
  doc: Y.Doc | null,
): { outline: ProgramOutline; labels: ExportLabels } | null {
  // The labels name their namespaces themselves.
  const { t } = useTranslation();
  const locale = useFormatLocale();
  return useMemo(() => {
    if (doc === null) return null;
    const labels = exportLabels(t);
    // A version shows all it holds, what was written after delivery too.
    const outline = programOutline(readProgram(doc), labels, exportDates(locale), {
      deliveryNotes: true,
    });
    return { outline, labels };
  }, [doc, t, locale]);
}
