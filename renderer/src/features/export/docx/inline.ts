import {
  ExternalHyperlink,
  type IRunOptions,
  type ParagraphChild,
  Tab,
  TextRun,
  UnderlineType,
} from 'docx';

import { isSafeUrl } from '../../../../../shared/model/rich-text/links';
import {
  type Inline,
  isLink,
  type TextRun as RichRun,
} from '../../../../../shared/model/rich-text/types';
import { notesAfter } from '../../../../../shared/print/note-marks';

/**
 * XML 1.0 forbids U+FFFE and U+FFFF, and Word refuses a whole document that has one;
 * docx already drops the forbidden control characters, so only these two are left to us.
 * A carriage return (text pasted from Windows) ends a line like a line feed.
 */
export function printable(text: string): string {
  return text.replace(/[\uFFFE\uFFFF]/g, '').replace(/\r\n?/g, '\n');
}

export type RunFormat = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/**
 * Text as Word runs: each line after the first starts with a line break, as the
 * editor's soft returns do, and a tab character becomes Word's tab, which Word
 * would otherwise show as a plain space.
 */
export function textRuns(text: string, format: RunFormat = {}): TextRun[] {
  return printable(text)
    .split('\n')
    .map((line, index) => {
      const children = line
        .split('\t')
        .flatMap((part, partIndex) => (partIndex === 0 ? [part] : [new Tab(), part]));
      return new TextRun({ ...format, children, ...(index > 0 ? { break: 1 } : {}) });
    });
}

function formatOf(run: RichRun): RunFormat {
  return {
    ...(run.bold === true ? { bold: true } : {}),
    ...(run.italic === true ? { italics: true } : {}),
    ...(run.underline === true ? { underline: { type: UnderlineType.SINGLE } } : {}),
  };
}

/**
 * Rich-text inlines as Word runs and hyperlinks. Only http(s) and mailto links
 * become hyperlinks; any other link (javascript:, file:) keeps its words as plain
 * text, so nothing in an exported document can run code or open a local file.
 * In a review copy, the numbers of the notes on commented text follow it.
 */
export function inlineChildren(inlines: readonly Inline[]): ParagraphChild[] {
  return inlines.flatMap((inline): ParagraphChild[] => {
    if (!isLink(inline)) return [...textRuns(inline.text, formatOf(inline)), ...refsAfter(inline)];
    if (!isSafeUrl(inline.link))
      return inline.children.flatMap((run) => [
        ...textRuns(run.text, formatOf(run)),
        ...refsAfter(run),
      ]);
    const linked = inline.children.flatMap((run) =>
      textRuns(run.text, { ...formatOf(run), style: 'Hyperlink' }),
    );
    return [
      new ExternalHyperlink({ link: inline.link, children: linked }),
      ...inline.children.flatMap(refsAfter),
    ];
  });
}

/** A note's number as a superscript after the run that ends its commented text. */
function refsAfter(run: RichRun): TextRun[] {
  return noteRefRuns(notesAfter(run));
}

/** The colour of a review copy's note numbers and banner, as in the PDF. */
export const NOTE_COLOR = 'A05A00';

/** The numbers of the notes on a place, as a superscript run (none when there are none). */
export function noteRefRuns(numbers: readonly number[]): TextRun[] {
  if (numbers.length === 0) return [];
  return [
    new TextRun({ text: numbers.join(','), superScript: true, bold: true, color: NOTE_COLOR }),
  ];
}
