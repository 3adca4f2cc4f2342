/**
 * The commented text of every field, drawn with the CSS Custom Highlight API so
 * the editors' DOM (which Lexical owns) is never touched. One highlight holds
 * the ranges of all fields, each field replacing only its own; the focused
 * thread's range is drawn in a second, stronger one. Where the API is missing,
 * nothing is drawn: the panel still shows each thread's text.
 */
const NAMES = { all: 'cotutor-comment', focused: 'cotutor-comment-focused' } as const;
type Kind = keyof typeof NAMES;

const byField = new Map<string, Record<Kind, Range[]>>();

function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';
}

export function setFieldHighlights(fieldId: string, ranges: Record<Kind, Range[]>): void {
  if (!supported()) return;
  if (ranges.all.length === 0 && ranges.focused.length === 0) byField.delete(fieldId);
  else byField.set(fieldId, ranges);
  for (const kind of Object.keys(NAMES) as Kind[]) {
    const all = [...byField.values()].flatMap((field) => field[kind]);
    CSS.highlights.set(NAMES[kind], new Highlight(...all));
  }
}
