import type * as Y from 'yjs';

import { blockOf, programRichFieldOf, richFieldOf } from '../model/layout';
import { SESSION_RICH_FIELDS, type SessionRichField } from '../model/schema';
import { anchoredSpan, isGone } from '../review/anchor';
import { MAX_QUOTE_LENGTH } from '../review/thread-records';
import { readThreads, type ThreadView } from '../review/threads';
import type { DateFormat, ExportLabels } from './labels';
import type { TextMark } from './note-marks';
import { PRINTED_FIELDS } from './session-outline';

/**
 * A review copy's notes: the open comment threads of the review document, in
 * words, numbered in the order the exported document shows them. The print view
 * and the Word writer both lay out this outline.
 */

export type NoteComment = { author: string; when: string; text: string; deleted: boolean };

/**
 * Where a note's number is printed in the text: after the heading of the field
 * it is about, or after the commented text (its end's offset in the field's
 * text as anchor.ts `flatten` counts it). Notes on a session or the program,
 * and range notes whose text is gone, have their number beside the note only.
 */
export type NoteMark =
  | { kind: 'heading'; field: SessionRichField | 'learningOutcomes' }
  | { kind: 'text'; field: SessionRichField | 'learningOutcomes'; at: number };

export type ReviewNote = {
  number: number;
  threadId: string;
  /** What it is about: "Cognition", "On the session", "On the program". */
  about: string;
  /** The commented text of a range thread, as it stands now or, once gone, as it was. */
  quote: string | null;
  quoteGone: boolean;
  mark: NoteMark | null;
  comments: NoteComment[];
};

export type ReviewNotes = {
  /** Notes on the program and its learning outcomes, numbered first. */
  program: ReviewNote[];
  /** Each printed session's notes, by block id. */
  sessions: ReadonlyMap<string, ReviewNote[]>;
};

/** What the export prints: the program's own notes (only with the whole program), then these sessions in order. */
export type ReviewScope = { program: boolean; sessionIds: readonly string[] };

type Placed = { thread: ThreadView; order: number };

/**
 * The open threads, undamaged, of the printed parts. Threads on a block that is
 * not printed (a break, a deleted session, another session than the one
 * exported) are left out; so is a thread on a field this version does not know.
 */
export function reviewNotes(
  doc: Y.Doc,
  review: Y.Doc,
  scope: ReviewScope,
  labels: ExportLabels,
  dates: DateFormat,
): ReviewNotes {
  const printed = new Set(scope.sessionIds);
  const programThreads: Placed[] = [];
  const sessionThreads = new Map<string, Placed[]>();
  for (const thread of readThreads(review)) {
    if (thread.resolved || thread.damaged) continue;
    if (thread.blockId === null) {
      const order = programOrder(thread);
      if (scope.program && order !== null) programThreads.push({ thread, order });
      continue;
    }
    if (!printed.has(thread.blockId)) continue;
    const order = sessionOrder(thread);
    if (order === null) continue;
    const list = sessionThreads.get(thread.blockId) ?? [];
    list.push({ thread, order });
    sessionThreads.set(thread.blockId, list);
  }

  let number = 0;
  const toNotes = (placed: Placed[]) =>
    // readThreads gives them oldest first; a stable sort keeps that within a place.
    [...placed]
      .sort((a, b) => a.order - b.order)
      .map(({ thread }) => noteOf(doc, thread, (number += 1), labels, dates));
  const program = toNotes(programThreads);
  const sessions = new Map<string, ReviewNote[]>();
  for (const blockId of scope.sessionIds) {
    const placed = sessionThreads.get(blockId);
    if (placed !== undefined && !sessions.has(blockId)) sessions.set(blockId, toNotes(placed));
  }
  return { program, sessions };
}

/** The program itself first, then its learning outcomes; null for a field this version does not know. */
function programOrder(thread: ThreadView): number | null {
  if (thread.kind === 'program') return 0;
  return thread.field === 'learningOutcomes' ? 1 : null;
}

/** The session first, then its fields as the plan prints them, then fields kept out of print. */
function sessionOrder(thread: ThreadView): number | null {
  if (thread.kind === 'session') return -1;
  if (thread.kind === 'program') return null;
  const field = sessionFieldOf(thread);
  if (field === null) return null;
  const printedAt = PRINTED_FIELDS.indexOf(field);
  return printedAt === -1 ? PRINTED_FIELDS.length + SESSION_RICH_FIELDS.indexOf(field) : printedAt;
}

function sessionFieldOf(thread: ThreadView): SessionRichField | null {
  return SESSION_RICH_FIELDS.find((known) => known === thread.field) ?? null;
}

function noteOf(
  doc: Y.Doc,
  thread: ThreadView,
  number: number,
  labels: ExportLabels,
  dates: DateFormat,
): ReviewNote {
  const comments = thread.comments.map((comment): NoteComment => ({
    author: comment.author.name.trim() === '' ? labels.review.unknownAuthor : comment.author.name,
    when: dates.moment(comment.at),
    text: comment.deleted ? labels.review.deleted : comment.text,
    deleted: comment.deleted,
  }));
  const base = { number, threadId: thread.id, comments };
  if (thread.kind === 'session')
    return { ...base, about: labels.review.onSession, quote: null, quoteGone: false, mark: null };
  if (thread.kind === 'program')
    return { ...base, about: labels.review.onProgram, quote: null, quoteGone: false, mark: null };

  const session = sessionFieldOf(thread);
  const field = session ?? 'learningOutcomes';
  const about = session === null ? labels.review.learningOutcomes : labels.fields[session];
  if (thread.kind === 'field')
    return { ...base, about, quote: null, quoteGone: false, mark: { kind: 'heading', field } };

  const xml = fieldXml(doc, thread.blockId, session);
  const span =
    xml === null || thread.anchor === null ? null : anchoredSpan(doc, xml, thread.anchor);
  if (span === null || isGone(span.text))
    return { ...base, about, quote: thread.quote, quoteGone: true, mark: null };
  return {
    ...base,
    about,
    quote: span.text.slice(0, MAX_QUOTE_LENGTH),
    quoteGone: false,
    mark: { kind: 'text', field, at: span.end },
  };
}

function fieldXml(
  doc: Y.Doc,
  blockId: string | null,
  field: SessionRichField | null,
): Y.XmlText | null {
  if (blockId === null) return programRichFieldOf(doc, 'learningOutcomes');
  const block = blockOf(doc, blockId);
  return block === null || field === null ? null : richFieldOf(block, field);
}

/** Where a field's notes put their numbers: after its heading, and in its text. */
export type FieldMarks = { heading: number[]; text: TextMark[] };

/** The marks of one field among a part's notes. */
export function fieldMarks(
  notes: readonly ReviewNote[] | undefined,
  field: NoteMark['field'],
): FieldMarks {
  const heading: number[] = [];
  const text: TextMark[] = [];
  for (const { mark, number } of notes ?? []) {
    if (mark?.field !== field) continue;
    if (mark.kind === 'heading') heading.push(number);
    else text.push({ at: mark.at, number });
  }
  return { heading, text };
}
