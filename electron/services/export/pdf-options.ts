import type { PdfRequest } from '../../../shared/host-api/contract';

export type PaperSize = PdfRequest['paperSize'];

/**
 * How every print view becomes a PDF, whichever Chromium prints it: the Electron
 * shell (webContents.printToPDF) or the web host and the tests (Playwright's
 * page.pdf). Both translate this one description into their own options, so
 * the desktop app and its tests lay out the very same pages.
 *
 * The HTML decides the layout: its @page rules give the paper (with a landscape
 * page for the week at a glance), the margins and the running header. The
 * options only confirm the paper and ask for what CSS cannot: backgrounds,
 * bookmarks from the headings and a tagged (accessible) PDF.
 */
export const PDF_PRINTING = {
  preferCssPageSize: true,
  printBackground: true,
  // The @page margins apply; zero here keeps Chromium from adding its own default.
  marginInches: 0,
  headerAndFooterFromChromium: false,
  documentOutline: true,
  taggedPdf: true,
} as const;

/** The paper's name as both Chromium APIs spell it. */
export function paperNameOf(paperSize: PaperSize): 'A4' | 'Letter' {
  return paperSize === 'a4' ? 'A4' : 'Letter';
}
