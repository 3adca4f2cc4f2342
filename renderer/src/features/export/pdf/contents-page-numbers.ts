import fontkit from '@pdf-lib/fontkit';
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFNumber,
  type PDFPage,
  PDFRef,
  rgb,
} from 'pdf-lib';

import { CONTENTS_TARGET_PREFIX } from '../print-view/anchors';

/** The contents' type (print.css): 10 pt titles on a 1.42 line, numbers in the muted ink. */
const NUMBER_SIZE = 10;
/** From the top of a line to its baseline: half the leading plus Noto Sans' ascent (1.069 em). */
const FIRST_BASELINE = ((1.42 - 1.362) / 2 + 1.069) * NUMBER_SIZE;
const INK = rgb(0x1c / 255, 0x24 / 255, 0x30 / 255);

export const CONTENTS_NUMBER_FONT = 'noto-sans-latin-400-normal.woff';

type ContentsLine = { target: string; right: number; top: number };

/**
 * Writes each plan's page number at the right of its line in the contents of a
 * printed program. Chromium prints the contents' links as link annotations to
 * named destinations; the destinations say on which page each plan begins.
 * A PDF without such links (one session plan) is returned as it is.
 *
 * `font` is CONTENTS_NUMBER_FONT: Noto Sans' Latin face as WOFF 1, which the
 * PDF library can subset and embed (it embeds WOFF 2 files unreadably).
 */
export async function addContentsPageNumbers(
  pdf: Uint8Array,
  font: Uint8Array,
): Promise<Uint8Array> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const pages = document.getPages();
  const lines = pages.map(contentsLinesOf);
  if (lines.every((onPage) => onPage.length === 0)) return pdf;

  const pageOf = destinationPages(document);
  document.registerFontkit(fontkit);
  const digits = await document.embedFont(font, { subset: true });
  lines.forEach((onPage, index) => {
    const page = pages[index];
    if (page === undefined) return;
    for (const line of onPage) {
      const target = pageOf.get(line.target);
      if (target === undefined) continue;
      const number = String(target + 1);
      page.drawText(number, {
        x: line.right - digits.widthOfTextAtSize(number, NUMBER_SIZE),
        y: line.top - FIRST_BASELINE,
        size: NUMBER_SIZE,
        font: digits,
        color: INK,
      });
    }
  });
  return document.save({ updateFieldAppearances: false });
}

/** The contents' links on a page, one per line however many boxes Chromium drew for it. */
function contentsLinesOf(page: PDFPage): ContentsLine[] {
  const annotations = page.node.Annots();
  const lines = new Map<string, ContentsLine>();
  for (let index = 0; index < (annotations?.size() ?? 0); index += 1) {
    const annotation = annotations?.lookupMaybe(index, PDFDict);
    const target = annotation?.lookupMaybe(PDFName.of('Dest'), PDFName)?.decodeText();
    const rect = annotation?.lookupMaybe(PDFName.of('Rect'), PDFArray);
    if (target === undefined || rect === undefined || !target.startsWith(CONTENTS_TARGET_PREFIX))
      continue;
    const [, , right, top] = [0, 1, 2, 3].map(
      (corner) => rect.lookupMaybe(corner, PDFNumber)?.asNumber() ?? 0,
    );
    const seen = lines.get(target);
    lines.set(target, {
      target,
      right: Math.max(right ?? 0, seen?.right ?? 0),
      top: Math.max(top ?? 0, seen?.top ?? 0),
    });
  }
  return [...lines.values()];
}

/** Each named destination's page index, from the catalog's /Dests (as Chromium writes them). */
function destinationPages(document: PDFDocument): Map<string, number> {
  const pageIndex = new Map(document.getPages().map((page, index) => [page.ref.toString(), index]));
  const destinations = document.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict);
  const found = new Map<string, number>();
  for (const [name, value] of destinations?.entries() ?? []) {
    const destination = document.context.lookup(value);
    const page = destination instanceof PDFArray ? destination.get(0) : undefined;
    const index = page instanceof PDFRef ? pageIndex.get(page.toString()) : undefined;
    if (index !== undefined) found.set(name.decodeText(), index);
  }
  return found;
}
