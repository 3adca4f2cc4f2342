import './print.css';

import { useLayoutEffect } from 'react';

import { addPreviewFonts } from './preview-fonts';
import { PrintDocument, type PrintDocumentProps } from './PrintDocument';

/**
 * The print preview: the very components the PDF is made from, rendered live
 * in the page with the same style sheet and fonts, each part drawn as a sheet
 * of paper. What the preview shows is what the PDF holds (the paper size and
 * the running header exist only on paper).
 */
export function PrintView(props: PrintDocumentProps) {
  useLayoutEffect(addPreviewFonts, []);
  return <PrintDocument {...props} />;
}
