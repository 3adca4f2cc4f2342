import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import type { PaperSize } from './print-view/page-style';
import type { PrintDocumentProps } from './print-view/PrintDocument';

// The print view and its fonts load when a preview is first shown.
const PrintView = lazy(() => import('./print-view').then((module) => ({ default: module.PrintView })));

/** The print view itself, drawn as sheets of the chosen paper: what the file will hold. */
export function ExportPreview({ document, paperSize }: { document: PrintDocumentProps; paperSize: PaperSize }) {
  const { t } = useTranslation('export');
  return (
    <section className={`export-preview paper-${paperSize}`} aria-label={t('dialog.preview')} tabIndex={0}>
      <Suspense fallback={<p className="export-preview-loading">{t('dialog.previewLoading')}</p>}>
        <PrintView {...document} />
      </Suspense>
    </section>
  );
}
