import type { Inline, TextRun } from './types';

function sameMarks(a: TextRun, b: TextRun): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.underline === b.underline;
}

/**
 * Adds an inline, joining it to the previous run when both look the same, so that
 * equal content always has one form however it was produced.
 */
export function pushInline(inlines: Inline[], inline: Inline): void {
  const last = inlines[inlines.length - 1];
  if (last !== undefined && !('link' in last) && !('link' in inline) && sameMarks(last, inline)) {
    last.text += inline.text;
    return;
  }
  if ('link' in inline) inlines.push({ link: inline.link, children: joinRuns(inline.children) });
  else if (inline.text !== '') inlines.push({ ...inline });
}

export function joinRuns(runs: readonly TextRun[]): TextRun[] {
  const out: Inline[] = [];
  for (const run of runs) pushInline(out, run);
  return out as TextRun[];
}

export function joinInlines(inlines: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const inline of inlines) pushInline(out, inline);
  return out;
}
