import { lazy, type MouseEvent, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import type { Language } from '../../../../shared/i18n/languages';
import { isSafeUrl } from '../../../../shared/model/rich-text/links';
import { openOutside, useHost } from '../../host';
import type { PaperSize } from './print-view/page-style';
import type { PrintDocumentProps } from './print-view/PrintDocument';

// The print view and its fonts load when a preview is first shown.
const PrintView = lazy(() =>
  import('./print-view').then((module) => ({ default: module.PrintView })),
);

/** The print view itself, drawn as sheets of the chosen paper: what the file will hold. */
export function ExportPreview({
  document,
  paperSize,
  language,
}: {
  document: PrintDocumentProps;
  paperSize: PaperSize;
  /** The language of the document's words, for screen readers and hyphenation. */
  language: Language;
}) {
  const { t } = useTranslation('export');
  const host = useHost();

  // A link in the preview never moves the app: one within the document scrolls
  // to its place, as in the PDF; one to the web opens outside, as in the editor.
  const followLink = (event: MouseEvent<HTMLElement>) => {
    const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
    if (link === null) return;
    event.preventDefault();
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#')) {
      event.currentTarget
        .querySelector(`[id="${CSS.escape(href.slice(1))}"]`)
        ?.scrollIntoView({ block: 'start' });
    } else if (isSafeUrl(href)) {
      openOutside(host, href);
    }
  };

  return (
    // Only clicks on links are handled; Enter on a focused link raises the same click.
    <section
      className={`export-preview paper-${paperSize}`}
      aria-label={t('dialog.preview')}
      tabIndex={0}
      onClick={followLink}
    >
      <Suspense fallback={<p className="export-preview-loading">{t('dialog.previewLoading')}</p>}>
        <div lang={language}>
          <PrintView {...document} />
        </div>
      </Suspense>
    </section>
  );
}
