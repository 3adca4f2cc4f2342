import { type ISectionPropertiesOptions, PageOrientation } from 'docx';

import type { ReviewNotes } from '../../../../../shared/print/review-notes';

export type PaperSize = 'a4' | 'letter';

export type DocxOptions = {
  paperSize: PaperSize;
  /** A review copy's notes: with them, the document is a review copy. */
  review?: ReviewNotes;
};

export type Orientation = 'portrait' | 'landscape';

/** A page in twips (1/20 pt), the unit Word stores page sizes, margins and column widths in. */
export type PageGeometry = {
  orientation: Orientation;
  /** Across the page as it is read: the paper's long side when landscape. */
  width: number;
  height: number;
  margin: number;
  /** The width between the margins: tables and right-aligned tab stops are laid out against it. */
  textWidth: number;
};

/**
 * ISO A4 with 2 cm margins and US Letter with 1 inch margins: each the paper's
 * customary default in Word, so a partner's office sees the margins it expects.
 */
const PAPER: Record<PaperSize, { width: number; height: number; margin: number }> = {
  a4: { width: 11906, height: 16838, margin: 1134 },
  letter: { width: 12240, height: 15840, margin: 1440 },
};

/** Headers and footers sit half way into the top and bottom margins. */
const HEADER_DISTANCE_SHARE = 0.5;

export function pageGeometry(
  paperSize: PaperSize,
  orientation: Orientation = 'portrait',
): PageGeometry {
  const paper = PAPER[paperSize];
  const [width, height] =
    orientation === 'portrait' ? [paper.width, paper.height] : [paper.height, paper.width];
  return { orientation, width, height, margin: paper.margin, textWidth: width - 2 * paper.margin };
}

export function pageProperties(page: PageGeometry): ISectionPropertiesOptions {
  const edge = Math.round(page.margin * HEADER_DISTANCE_SHARE);
  const landscape = page.orientation === 'landscape';
  return {
    page: {
      // docx takes the paper as it stands upright and turns it itself for a landscape section.
      size: {
        width: landscape ? page.height : page.width,
        height: landscape ? page.width : page.height,
        orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
      },
      margin: {
        top: page.margin,
        bottom: page.margin,
        left: page.margin,
        right: page.margin,
        header: edge,
        footer: edge,
        gutter: 0,
      },
    },
  };
}
