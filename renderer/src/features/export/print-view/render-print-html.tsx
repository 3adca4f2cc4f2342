import { renderToStaticMarkup } from 'react-dom/server';

import type { ExportLabels } from '../../../../../shared/print/labels';
import type { SessionOutline } from '../../../../../shared/print/outline-types';
import { PRINT_CSP } from '../../../../../shared/print/print-csp';
import { fontFaceRules, type PrintFontFace } from './font-faces';
import { pageStyle, type PaperSize } from './page-style';
import { PRINT_STYLESHEET } from './print-stylesheet';
import { PrintDocument, type PrintDocumentProps } from './PrintDocument';

// The policy lives in shared/ because the Electron shell sends it again as a header.
export { PRINT_CSP };

export type PrintHtmlRequest = PrintDocumentProps & {
  paperSize: PaperSize;
  /** Noto Sans as data: URLs: loadPrintFonts() in the renderer, tests/support/print-fonts.ts in Node. */
  fontFaces: readonly PrintFontFace[];
  /** The language of the labels, for the PDF's language tag (screen readers, hyphenation). */
  language?: string;
};

/**
 * A print view as one self-contained HTML document, ready for
 * ExportService.renderPdf: no scripts, no requests, every character of user
 * content escaped by React, the fonts inside.
 */
export function renderPrintHtml(request: PrintHtmlRequest): string {
  const { labels, paperSize, fontFaces } = request;
  const runningTitle =
    request.document === 'session'
      ? programTitleOf(request.outline, labels)
      : request.outline.title;
  const style = [
    fontFaceRules(fontFaces),
    PRINT_STYLESHEET,
    pageStyle({
      paperSize,
      runningTitle,
      pageWord: labels.page,
      ...(request.review === undefined ? {} : { reviewMark: labels.review.copy }),
    }),
  ].join('\n');
  const { review } = request;
  const subject: PrintDocumentProps =
    request.document === 'program'
      ? { document: 'program', outline: request.outline, labels, review }
      : request.document === 'agenda'
        ? { document: 'agenda', outline: request.outline, labels }
        : { document: 'session', outline: request.outline, labels, review };
  const markup = renderToStaticMarkup(
    <html lang={request.language}>
      <head>
        <meta charSet="utf-8" />
        <meta httpEquiv="Content-Security-Policy" content={PRINT_CSP} />
        <title>{request.outline.title}</title>
        <style>{style}</style>
      </head>
      <body className={`paper-${paperSize}`}>
        <PrintDocument {...subject} />
      </body>
    </html>,
  );
  return `<!doctype html>\n${markup}`;
}

/** A single plan's running header names its program: the title block's first fact. */
export function programTitleOf(outline: SessionOutline, labels: ExportLabels): string {
  return outline.facts.find((fact) => fact.label === labels.facts.program)?.value ?? outline.title;
}
