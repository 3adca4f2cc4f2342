/**
 * The print view: session plans and the whole program as React components
 * (the in-app preview) and as one self-contained HTML document (the PDF).
 */
export type { PrintFontFace } from './font-faces';
export { loadPrintFonts } from './fonts';
export type { PaperSize } from './page-style';
export type { PrintDocumentProps, PrintSubject } from './PrintDocument';
export { PrintView } from './PrintView';
export { ProgramDocument } from './ProgramDocument';
export { PRINT_CSP, type PrintHtmlRequest, renderPrintHtml } from './render-print-html';
export { SessionPlanDocument } from './SessionPlanDocument';
