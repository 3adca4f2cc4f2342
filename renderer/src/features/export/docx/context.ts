import { HeadingLevel } from 'docx';

import { type PageGeometry, pageGeometry, type PaperSize } from './page-setup';

/** What every part of one document shares while it is written. */
export type WriterContext = {
  paperSize: PaperSize;
  /** The upright page most of the document is laid out on. */
  page: PageGeometry;
  /** A fresh instance of the numbered list, so every numbered list starts again at 1. */
  nextNumberedList: () => number;
};

export function writerContext(paperSize: PaperSize): WriterContext {
  let instance = 0;
  return { paperSize, page: pageGeometry(paperSize), nextNumberedList: () => ++instance };
}

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const;

/** Word's heading style for an outline level; deeper levels than Word's six stay at Heading 6. */
export function headingStyle(level: number): (typeof HEADINGS)[number] {
  return HEADINGS[Math.min(Math.max(level, 1), HEADINGS.length) - 1] ?? HeadingLevel.HEADING_6;
}
