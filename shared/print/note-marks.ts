import {
  type Inline,
  isLink,
  type ListBlock,
  type RichText,
  type TextRun,
} from '../model/rich-text/types';

/** A note's number at an offset of a field's text as anchor.ts `flatten` counts it. */
export type TextMark = { at: number; number: number };

/** A text run that ends where commented text ends: the notes' numbers follow it. */
export type MarkedRun = TextRun & { notesAfter?: number[] };

export function notesAfter(run: TextRun): readonly number[] {
  return 'notesAfter' in run && Array.isArray(run.notesAfter) ? (run.notesAfter as number[]) : [];
}

/**
 * The rich text with each mark attached to the run its offset ends, splitting a
 * run where a mark falls inside it. Offsets are counted as `flatten` counts the
 * field's Y.XmlText: blocks, list items and nested lists are separated by one
 * line break, never two, and a line break inside a block is one character. A
 * mark past the end (the field changed since the marks were taken) follows the
 * last run, so a note's number is never lost.
 */
export function withNoteMarks(content: RichText, marks: readonly TextMark[]): RichText {
  if (marks.length === 0) return content;
  const pending = [...marks].sort((a, b) => a.at - b.at || a.number - b.number);
  let length = 0;
  let endsWithBreak = false;
  const state: { last: MarkedRun | null } = { last: null };

  const separate = () => {
    if (length > 0 && !endsWithBreak) {
      length += 1;
      endsWithBreak = true;
    }
  };
  const runs = (run: TextRun): MarkedRun[] => {
    const out: MarkedRun[] = [];
    let rest: TextRun = { ...run };
    let start = length;
    while (
      pending[0] !== undefined &&
      pending[0].at > start &&
      pending[0].at <= start + rest.text.length
    ) {
      const cut = pending[0].at - start;
      const numbers: number[] = [];
      while (pending[0] !== undefined && pending[0].at === start + cut) {
        numbers.push(pending[0].number);
        pending.shift();
      }
      const head: MarkedRun = { ...rest, text: rest.text.slice(0, cut), notesAfter: numbers };
      out.push(head);
      rest = { ...rest, text: rest.text.slice(cut) };
      start += cut;
    }
    if (rest.text !== '' || out.length === 0) out.push(rest);
    length += run.text.length;
    if (run.text !== '') endsWithBreak = run.text.endsWith('\n');
    state.last = out[out.length - 1] ?? state.last;
    return out;
  };
  const inlines = (children: Inline[]): Inline[] =>
    children.flatMap((inline): Inline[] =>
      isLink(inline) ? [{ ...inline, children: inline.children.flatMap(runs) }] : runs(inline),
    );
  const list = (block: ListBlock): ListBlock => {
    separate();
    return {
      ...block,
      items: block.items.map((item) => {
        separate();
        const children = inlines(item.children);
        return item.sublist === undefined
          ? { children }
          : { children, sublist: list(item.sublist) };
      }),
    };
  };
  const marked = content.map((block) => {
    if (block.type === 'list') return list(block);
    separate();
    return { ...block, children: inlines(block.children) };
  });
  if (pending.length > 0 && state.last !== null) {
    state.last.notesAfter = [
      ...(state.last.notesAfter ?? []),
      ...pending.map((mark) => mark.number),
    ];
  }
  return marked;
}
