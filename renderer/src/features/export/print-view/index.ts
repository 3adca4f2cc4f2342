/**
 * The print view: session plans and the whole program as React components
 * (the in-app preview) and as one self-contained HTML document (the PDF).
 */
export { loadPrintFonts } from './fonts';
export { PrintView } from './PrintView';
export { renderPrintHtml } from './render-print-html';
