export type PaperSize = 'a4' | 'letter';

const PAGE_SIZE: Readonly<Record<PaperSize, string>> = { a4: 'A4', letter: 'letter' };

/**
 * A CSS string literal of any text. Quotes, backslashes, line breaks and the
 * characters that could close the <style> element (< > &) become hex escapes,
 * so a program titled `"} </style><script>` stays a string in a header. Runs
 * of white space fold into one space: a header is one line.
 */
export function cssString(text: string): string {
  const folded = text.replace(/\s+/gu, ' ').trim();
  let escaped = '';
  for (const char of folded) {
    const code = char.codePointAt(0) ?? 0;
    const unsafe =
      code < 0x20 ||
      code === 0x7f ||
      code === 0x2028 ||
      code === 0x2029 ||
      '"\'\\<>&'.includes(char);
    // Six hex digits need no terminating space: the next character cannot be read into the escape.
    escaped += unsafe ? `\\${code.toString(16).padStart(6, '0')}` : char;
  }
  return `"${escaped}"`;
}

export type PageStyleInput = {
  paperSize: PaperSize;
  /** The program's title, printed at the top of every page but the cover. */
  runningTitle: string;
  /** "Page", before "3 / 12" (a separate string: cssString trims the space a label ends with). */
  pageWord: string;
  /** A review copy says so at the top right of every page but the cover. */
  reviewMark?: string;
};

/**
 * The @page rules that depend on the document: the paper, and the running
 * header and footer. Pure CSS margin boxes (Chromium ≥ 131) rather than
 * printToPDF's headerTemplate, so Electron and the tests' page.pdf() lay out
 * the very same pages from the HTML alone. print.css styles the boxes.
 */
export function pageStyle({
  paperSize,
  runningTitle,
  pageWord,
  reviewMark,
}: PageStyleInput): string {
  const size = PAGE_SIZE[paperSize];
  const review =
    reviewMark === undefined ? '' : `@top-right { content: ${cssString(reviewMark)}; } `;
  return [
    `@page { size: ${size}; @top-left { content: ${cssString(runningTitle)}; } ${review}` +
      `@bottom-right { content: ${cssString(pageWord)} " " counter(page) " / " counter(pages); } }`,
    `@page timetable { size: ${size} landscape; }`,
    // The page's margins are the paper's; the browser's 8px around the body would shift the text off the header.
    'body { margin: 0; }',
  ].join('\n');
}
