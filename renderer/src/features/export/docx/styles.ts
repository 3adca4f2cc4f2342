import {
  type IParagraphStyleOptions,
  type IStylesOptions,
  type IThemeOptions,
  LineRuleType,
} from 'docx';

/**
 * Noto Sans, the font the PDF is set in, so both exports look alike. It covers
 * Cyrillic with every Kazakh letter (ә ғ қ ң ө ұ ү һ і). Word is given its name
 * only: where it is not installed, the font table (font-table.ts) tells Word
 * what kind of font it is and names a fallback that covers the same letters.
 */
export const FONT = 'Noto Sans';

/** Sizes in half-points, as Word stores them; the PDF's 10 pt body, 8.5 pt tables and 7.5 pt small print. */
export const SIZE = { body: 20, table: 17, small: 15 } as const;

export const COLOR = {
  heading: '1F3864',
  subheading: '2F5496',
  muted: '595959',
  rule: 'A6A6A6',
  labelFill: 'EDF1F7',
  headerFill: 'D9E2F3',
  breakFill: 'F2F2F2',
} as const;

/** The theme's fonts too, so Word's "(Body)" and "(Headings)" entries are the document's own font. */
export const DOCUMENT_THEME: IThemeOptions = { fonts: { headings: FONT, body: FONT } };

/** A heading: its size, the space around it, and where it sits in the outline (Word's navigation pane and table of contents). */
function heading(
  size: number,
  outlineLevel: number,
  before: number,
  color: string,
  italics = false,
) {
  return {
    run: { font: FONT, size, bold: true, italics, color },
    paragraph: { spacing: { before, after: 80 }, keepNext: true, keepLines: true, outlineLevel },
  };
}

/**
 * Word's built-in styles by their ids, so partners find them in the Styles gallery and the
 * navigation pane, and a table of contents built from them works as in any Word document.
 */
const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  {
    id: 'Subtitle',
    name: 'Subtitle',
    basedOn: 'Normal',
    next: 'Normal',
    run: { size: 28, color: COLOR.muted },
    paragraph: { spacing: { after: 240 } },
  },
  {
    // Word's own style for the heading above a table of contents: it looks like a heading but stays out of the outline.
    id: 'TOCHeading',
    name: 'TOC Heading',
    basedOn: 'Normal',
    next: 'Normal',
    ...heading(36, 9, 0, COLOR.heading),
  },
];

export const DOCUMENT_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: FONT, size: SIZE.body },
      // The rule is spelled out: LibreOffice reads a line height without one as exact, and tall text overlaps.
      paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
    },
    title: {
      run: { font: FONT, size: 48, bold: true, color: COLOR.heading },
      paragraph: { spacing: { after: 120 } },
    },
    heading1: heading(34, 0, 360, COLOR.heading),
    heading2: heading(27, 1, 320, COLOR.subheading),
    heading3: heading(23, 2, 200, COLOR.subheading),
    heading4: heading(SIZE.body, 3, 160, COLOR.heading),
    heading5: heading(SIZE.body, 4, 120, COLOR.muted),
    heading6: heading(SIZE.body, 5, 120, COLOR.muted, true),
    listParagraph: { paragraph: { spacing: { after: 60 } } },
  },
  paragraphStyles: PARAGRAPH_STYLES,
};
