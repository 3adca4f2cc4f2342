import { choice, integer, text, textList } from '../model/records/field';
import type { FieldValues } from '../model/records/table';

/** The most characters one comment may hold; the composer refuses more with a message. */
export const MAX_COMMENT_LENGTH = 20_000;
/** Threads a program keeps; a peer's beyond these are not shown (and none are added). */
export const MAX_THREADS = 5_000;
/** Comments one thread keeps, the first included. */
export const MAX_COMMENTS_PER_THREAD = 500;
/** The text a range thread keeps of what it was about, shown once that text is gone. */
export const MAX_QUOTE_LENGTH = 2_000;
/** Encoded Y.RelativePosition: a few ids and numbers, far below this. */
export const MAX_POSITION_BYTES = 256;

const LATEST_TIME = 8.64e15;
const time = () =>
  integer({
    min: 0,
    max: LATEST_TIME,
    fallback: 0,
    refusal: 'A time must be milliseconds since 1970.',
  });

export const TARGET_KINDS = ['range', 'field', 'session', 'program'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/**
 * What a thread is about, written once when it is started: stored together as
 * one plain value, `about` (with `start` and `end` of a range thread, encoded
 * Y.RelativePositions into its field, anchor.ts).
 */
export const ABOUT_FIELDS = {
  kind: choice(TARGET_KINDS, 'program'),
  /** The session (block) the thread is about; empty for the program and its own fields. */
  blockId: text({ max: 100 }),
  /** The rich-text field of a range or field thread: a SessionRichField or ProgramRichField. */
  field: text({ max: 100 }),
  /** The commented text as it was when the thread was started (range threads). */
  quote: text({ max: MAX_QUOTE_LENGTH }),
  createdAt: time(),
} as const;

/** Whether a thread is resolved, and who last resolved or reopened it, when: one plain value, `status`, replaced whole. */
export const STATUS_FIELDS = {
  status: choice(['open', 'resolved'] as const, 'open'),
  statusById: text({ max: 100 }),
  statusByName: text({ max: 100 }),
  statusAt: time(),
} as const;

/**
 * The plain fields of a thread (review 'threads' → id → record), as read. Older
 * versions stored each of them as a key of the thread's Y.Map, beside `start`,
 * `end` and `comments`; readers still accept that shape (thread-store.ts).
 */
export const THREAD_FIELDS = { ...ABOUT_FIELDS, ...STATUS_FIELDS } as const;

/**
 * One comment of a thread: its author (as presence shows them), time and plain
 * text, stored as one plain value in the thread's `comments` map (older
 * versions stored a Y.Map of these fields, still read).
 */
export const COMMENT_FIELDS = {
  authorId: text({ max: 100 }),
  authorName: text({ max: 100 }),
  authorColor: text({ max: 7, fallback: '#6b7280' }),
  at: time(),
  editedAt: time(),
  text: text({ max: MAX_COMMENT_LENGTH }),
  /** Deleted by its author: kept as a tombstone so the thread still reads in order. */
  state: choice(['shown', 'deleted'] as const, 'shown'),
  /** The program's co-tutor records (ids) this comment @mentions. */
  mentions: textList(),
} as const;

export type ThreadValues = FieldValues<typeof THREAD_FIELDS>;
export type CommentValues = FieldValues<typeof COMMENT_FIELDS>;
export type AboutValues = FieldValues<typeof ABOUT_FIELDS>;
export type StatusValues = FieldValues<typeof STATUS_FIELDS>;
