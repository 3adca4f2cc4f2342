import { diffWordsWithSpace } from 'diff';

import type { FieldTable, FieldValues } from '../model/records/table';
import { richTextToPlain } from '../model/rich-text/plain';
import type { RichText } from '../model/rich-text/types';

/**
 * How one field differs between two states of a program, in the form a reader
 * wants it: changed words marked within the text, minutes and times as
 * numbers the screen writes in its own language, choices as their stored word.
 */

/** A run of text that is in both states, only in the later one, or only in the earlier one. */
export type WordRun = { kind: 'same' | 'ins' | 'del'; text: string };

export type ValueChange =
  | { kind: 'text'; words: WordRun[] }
  | { kind: 'minutes'; before: number; after: number }
  | { kind: 'clock'; before: number | null; after: number | null }
  | { kind: 'number'; before: number | null; after: number | null }
  | { kind: 'choice'; before: string; after: string }
  | { kind: 'list'; added: string[]; removed: string[] };

/** `field` is the record's key: a plain field of its table, a rich-text field, or `facilitators`. */
export type FieldChange = { field: string } & ValueChange;

/** Integer fields that hold a length of time, and those that hold a time of day. */
const MINUTES = new Set(['durationMin', 'minutes', 'overrunMin']);
const CLOCKS = new Set(['fixedStart', 'startMin', 'plannedEndMin']);

/** The word-level difference of two texts; newlines are kept as words of their own. */
export function wordDiff(before: string, after: string): WordRun[] {
  // Most edits touch a few words of a long text: the words before and after
  // them are taken as they are, and only the middle goes through the diff.
  const [head, tail] = sharedEnds(before, after);
  const middle = diffWordsWithSpace(
    before.slice(head, before.length - tail),
    after.slice(head, after.length - tail),
  ).map((change): WordRun => ({
    kind: change.added ? 'ins' : change.removed ? 'del' : 'same',
    text: change.value,
  }));
  const runs: WordRun[] = [];
  const push = (run: WordRun) => {
    if (run.text === '') return;
    const last = runs[runs.length - 1];
    if (last !== undefined && last.kind === run.kind) last.text += run.text;
    else runs.push({ ...run });
  };
  push({ kind: 'same', text: before.slice(0, head) });
  middle.forEach(push);
  push({ kind: 'same', text: before.slice(before.length - tail) });
  return runs;
}

/** The lengths of the start and end two texts share, cut back to whole words. */
function sharedEnds(before: string, after: string): [number, number] {
  const most = Math.min(before.length, after.length);
  let head = 0;
  while (head < most && before[head] === after[head]) head++;
  if (head < most || before.length !== after.length) head = wordStart(before, head);
  let tail = 0;
  while (tail < most - head && before[before.length - 1 - tail] === after[after.length - 1 - tail])
    tail++;
  tail = before.length - wordEnd(before, before.length - tail);
  return [head, Math.max(0, tail)];
}

const SPACE = /\s/;

/** Back to just after the last whitespace at or before `at`, so no word is split. */
function wordStart(text: string, at: number): number {
  let index = at;
  while (index > 0 && !SPACE.test(text[index - 1]!)) index--;
  return index;
}

/** Forward to the first whitespace at or after `at`. */
function wordEnd(text: string, at: number): number {
  let index = at;
  while (index < text.length && !SPACE.test(text[index]!)) index++;
  return index;
}

/** The plain fields of a record that differ, each compared by its table's kind. */
export function plainFieldChanges<T extends FieldTable>(
  table: T,
  before: FieldValues<T>,
  after: FieldValues<T>,
  skip: ReadonlySet<string> = new Set(),
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(table)) {
    if (skip.has(field)) continue;
    const change = valueChange(table[field]!.kind, field, before[field], after[field]);
    if (change !== null) changes.push({ field, ...change });
  }
  return changes;
}

function valueChange(
  kind: string,
  field: string,
  before: unknown,
  after: unknown,
): ValueChange | null {
  if (kind === 'text-list') return listChange(asList(before), asList(after));
  if (before === after) return null;
  if (kind === 'text') return { kind: 'text', words: wordDiff(String(before), String(after)) };
  if (kind === 'choice') return { kind: 'choice', before: String(before), after: String(after) };
  const [from, to] = [asNumber(before), asNumber(after)];
  if (MINUTES.has(field)) return { kind: 'minutes', before: from ?? 0, after: to ?? 0 };
  if (CLOCKS.has(field)) return { kind: 'clock', before: from, after: to };
  return { kind: 'number', before: from, after: to };
}

/** Lines added to and removed from a list (facilitators, languages, partner institutions). */
export function listChange(
  before: readonly string[],
  after: readonly string[],
): ValueChange | null {
  const added = after.filter((item) => !before.includes(item));
  const removed = before.filter((item) => !after.includes(item));
  return added.length === 0 && removed.length === 0 ? null : { kind: 'list', added, removed };
}

/** The rich-text fields that differ, compared as their words (formatting alone is not a change a reader sees). */
export function richFieldChanges<K extends string>(
  fields: readonly K[],
  before: Record<K, RichText>,
  after: Record<K, RichText>,
): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const from = richTextToPlain(before[field]);
    const to = richTextToPlain(after[field]);
    if (from !== to) changes.push({ field, kind: 'text', words: wordDiff(from, to) });
  }
  return changes;
}

function asList(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function asNumber(value: unknown): number | null {
  return typeof value === 'number' ? value : null;
}
