import type { PrintToPDFOptions } from 'electron';

import { paperNameOf, type PaperSize, PDF_PRINTING } from '../../services/export/pdf-options';

/** The shared PDF settings (services/export/pdf-options.ts) in webContents.printToPDF's words. */
export function printToPdfOptions(paperSize: PaperSize): PrintToPDFOptions {
  const margin = PDF_PRINTING.marginInches;
  return {
    pageSize: paperNameOf(paperSize),
    preferCSSPageSize: PDF_PRINTING.preferCssPageSize,
    printBackground: PDF_PRINTING.printBackground,
    margins: { top: margin, bottom: margin, left: margin, right: margin },
    displayHeaderFooter: PDF_PRINTING.headerAndFooterFromChromium,
    generateDocumentOutline: PDF_PRINTING.documentOutline,
    generateTaggedPDF: PDF_PRINTING.taggedPdf,
  };
}
