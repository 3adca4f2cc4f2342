import './preview-fonts.css';
import './print.css';

import { PrintDocument, type PrintDocumentProps } from './PrintDocument';

/**
 * The print preview: the very components the PDF is made from, rendered live
 * in the page with the same style sheet, each part drawn as a sheet of paper.
 * What the preview shows is what the PDF holds (the paper size and the running
 * header exist only on paper).
 */
export function PrintView(props: PrintDocumentProps) {
  return <PrintDocument {...props} />;
}
