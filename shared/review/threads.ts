import * as Y from 'yjs';

import { newId } from '../model/ids';
import { fieldFaults, type FieldSource, readFields } from '../model/records/table';
import { type RangeAnchor } from './anchor';
import { reviewRootOf } from './layout';
import {
  COMMENT_FIELDS,
  type CommentValues,
  MAX_COMMENT_LENGTH,
  MAX_COMMENTS_PER_THREAD,
  MAX_POSITION_BYTES,
  MAX_QUOTE_LENGTH,
  MAX_THREADS,
  THREAD_FIELDS,
  type ThreadValues,
} from './thread-records';
import { aboutValue, commentSource, commentValue, statusValue, threadSource } from './thread-store';

/**
 * Comment threads in the review document's 'threads' part, stored as
 * thread-store.ts describes: a Y.Map per thread holding what it is about, its
 * status and its comments, each of those one plain value.
 *
 * Everything here may come from a peer or a file: readers never throw, and a
 * thread or comment the writer could not have written is read as far as it goes
 * and marked damaged.
 */

/** Who wrote a comment or resolved a thread: the user's stable id, and name and colour as presence shows them. */
export type Author = { userId: string; name: string; color: string };

/** What a thread is about. Field names are a SessionRichField (with blockId) or a ProgramRichField. */
export type ThreadTarget =
  | { kind: 'range'; blockId: string | null; field: string; anchor: RangeAnchor; quote: string }
  | { kind: 'field'; blockId: string | null; field: string }
  | { kind: 'session'; blockId: string }
  | { kind: 'program' };

export type CommentView = {
  id: string;
  author: Author;
  at: number;
  /** When its author last changed it, or null. */
  editedAt: number | null;
  text: string;
  deleted: boolean;
  mentions: string[];
  damaged: boolean;
};

export type ThreadView = {
  id: string;
  kind: ThreadValues['kind'];
  blockId: string | null;
  field: string | null;
  /** The encoded anchor ends of a range thread, as stored (resolve with anchor.ts). */
  anchor: { start: unknown; end: unknown } | null;
  quote: string;
  resolved: boolean;
  createdAt: number;
  statusBy: string;
  statusAt: number;
  comments: CommentView[];
  /** Something in it is not what this version writes: shown as damaged, read as far as it goes. */
  damaged: boolean;
};

/** Every readable thread, oldest first; at most MAX_THREADS. */
export function readThreads(review: Y.Doc): ThreadView[] {
  const threads: ThreadView[] = [];
  reviewRootOf(review, 'threads').forEach((value, id) => {
    threads.push(value instanceof Y.Map ? readThread(id, value) : damagedThread(id));
  });
  return threads
    .sort((a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, MAX_THREADS);
}

function readThread(id: string, record: Y.Map<unknown>): ThreadView {
  const source = threadSource(record);
  const values = readFields(THREAD_FIELDS, source);
  let damaged = fieldFaults(THREAD_FIELDS, source).length > 0;
  const comments: CommentView[] = [];
  const stored = record.get('comments');
  if (stored instanceof Y.Map) {
    stored.forEach((comment, commentId) => {
      const fields = commentSource(comment);
      if (fields !== null) comments.push(readComment(commentId, fields));
      else damaged = true;
    });
  } else damaged = true;
  comments.sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const anchor =
    values.kind === 'range' ? { start: source.get('start'), end: source.get('end') } : null;
  if (anchor !== null && !(anchor.start instanceof Uint8Array && anchor.end instanceof Uint8Array))
    damaged = true;
  const needsBlock = values.kind === 'session';
  const needsField = values.kind === 'range' || values.kind === 'field';
  if ((needsBlock && values.blockId === '') || (needsField && values.field === '')) damaged = true;
  if (comments.length === 0) damaged = true;
  return {
    id,
    kind: values.kind,
    blockId: values.blockId === '' ? null : values.blockId,
    field: needsField ? values.field : null,
    anchor,
    quote: values.quote,
    resolved: values.status === 'resolved',
    createdAt: values.createdAt,
    statusBy: values.statusByName,
    statusAt: values.statusAt,
    comments: comments.slice(0, MAX_COMMENTS_PER_THREAD),
    damaged: damaged || comments.some((comment) => comment.damaged),
  };
}

function readComment(id: string, record: FieldSource): CommentView {
  const values = readFields(COMMENT_FIELDS, record);
  const deleted = values.state === 'deleted';
  return {
    id,
    author: { userId: values.authorId, name: values.authorName, color: values.authorColor },
    at: values.at,
    editedAt: values.editedAt === 0 ? null : values.editedAt,
    text: deleted ? '' : values.text,
    deleted,
    mentions: values.mentions.slice(0, MAX_MENTIONS),
    damaged:
      fieldFaults(COMMENT_FIELDS, record).length > 0 || !/^#[0-9a-f]{6}$/i.test(values.authorColor),
  };
}

function damagedThread(id: string): ThreadView {
  return {
    id,
    kind: 'program',
    blockId: null,
    field: null,
    anchor: null,
    quote: '',
    resolved: false,
    createdAt: 0,
    statusBy: '',
    statusAt: 0,
    comments: [],
    damaged: true,
  };
}

/** The co-tutors one comment may @mention. */
export const MAX_MENTIONS = 50;

export type NewComment = { author: Author; text: string; mentions: readonly string[]; at: number };

/**
 * Why a comment cannot be written, or null. Forms check this first and word the
 * reason; the mutations below throw RangeError for it, as a programming error.
 */
export function commentRefusal(text: string): 'empty' | 'too-long' | null {
  if (text.trim() === '') return 'empty';
  return text.length > MAX_COMMENT_LENGTH ? 'too-long' : null;
}

/** Starts a thread with its first comment; returns its id. */
export function createThread(
  review: Y.Doc,
  target: ThreadTarget,
  first: NewComment,
  origin: unknown = null,
): string {
  const root = reviewRootOf(review, 'threads');
  if (root.size >= MAX_THREADS)
    throw new RangeError(`A program keeps at most ${MAX_THREADS} threads.`);
  const id = newId();
  const record = new Y.Map<unknown>();
  const quote = target.kind === 'range' ? target.quote.slice(0, MAX_QUOTE_LENGTH) : '';
  let anchor: RangeAnchor | null = null;
  if (target.kind === 'range') {
    anchor = target.anchor;
    if (anchor.start.byteLength > MAX_POSITION_BYTES || anchor.end.byteLength > MAX_POSITION_BYTES)
      throw new RangeError('An anchor position is larger than any Yjs writes.');
  }
  const about = {
    kind: target.kind,
    blockId: 'blockId' in target ? (target.blockId ?? '') : '',
    field: 'field' in target ? target.field : '',
    quote,
    createdAt: first.at,
  };
  record.set('about', aboutValue(about, anchor));
  record.set(
    'status',
    statusValue({ status: 'open', statusById: '', statusByName: '', statusAt: 0 }),
  );
  const comments = new Y.Map<unknown>();
  comments.set(newId(), commentValue(newCommentValues(first)));
  record.set('comments', comments);
  review.transact(() => root.set(id, record), origin);
  return id;
}

/** Adds a reply at the end of a thread; returns its id, or null when the thread is gone or full. */
export function reply(
  review: Y.Doc,
  threadId: string,
  comment: NewComment,
  origin: unknown = null,
): string | null {
  const comments = commentsOf(review, threadId);
  if (comments === null || comments.size >= MAX_COMMENTS_PER_THREAD) return null;
  const id = newId();
  const value = commentValue(newCommentValues(comment));
  review.transact(() => comments.set(id, value), origin);
  return id;
}

/** Changes the text of one's own comment; false when it is not this user's or gone. */
export function editComment(
  review: Y.Doc,
  threadId: string,
  commentId: string,
  by: Author,
  edit: { text: string; mentions: readonly string[]; at: number },
  origin: unknown = null,
): boolean {
  const found = ownComment(review, threadId, commentId, by);
  if (found === null) return false;
  const refusal = commentRefusal(edit.text);
  if (refusal !== null) throw new RangeError(`A comment cannot be ${refusal}.`);
  const value = commentValue({
    ...found.values,
    text: edit.text,
    mentions: [...edit.mentions].slice(0, MAX_MENTIONS),
    editedAt: edit.at,
  });
  review.transact(() => found.comments.set(commentId, value), origin);
  return true;
}

/** Deletes one's own comment: its text goes, a tombstone stays in its place. */
export function deleteComment(
  review: Y.Doc,
  threadId: string,
  commentId: string,
  by: Author,
  at: number,
  origin: unknown = null,
): boolean {
  const found = ownComment(review, threadId, commentId, by);
  if (found === null) return false;
  const value = commentValue({
    ...found.values,
    state: 'deleted',
    text: '',
    mentions: [],
    editedAt: at,
  });
  review.transact(() => found.comments.set(commentId, value), origin);
  return true;
}

/** Any co-tutor resolves or reopens a thread. */
export function setResolved(
  review: Y.Doc,
  threadId: string,
  resolved: boolean,
  by: Author,
  at: number,
  origin: unknown = null,
): boolean {
  const record = reviewRootOf(review, 'threads').get(threadId);
  if (!(record instanceof Y.Map)) return false;
  const value = statusValue({
    status: resolved ? 'resolved' : 'open',
    statusById: by.userId.slice(0, 100),
    statusByName: by.name.slice(0, 100),
    statusAt: at,
  });
  review.transact(() => record.set('status', value), origin);
  return true;
}

function commentsOf(review: Y.Doc, threadId: string): Y.Map<unknown> | null {
  const record = reviewRootOf(review, 'threads').get(threadId);
  const comments = record instanceof Y.Map ? record.get('comments') : undefined;
  return comments instanceof Y.Map ? comments : null;
}

/** One's own comment that is not deleted: its values as read and the map holding it. */
function ownComment(
  review: Y.Doc,
  threadId: string,
  commentId: string,
  by: Author,
): { comments: Y.Map<unknown>; values: CommentValues } | null {
  const comments = commentsOf(review, threadId);
  const fields = commentSource(comments?.get(commentId));
  if (comments === null || fields === null) return null;
  const values = readFields(COMMENT_FIELDS, fields);
  return values.authorId === by.userId && by.userId !== '' && values.state !== 'deleted'
    ? { comments, values }
    : null;
}

function newCommentValues(comment: NewComment): CommentValues {
  const refusal = commentRefusal(comment.text);
  if (refusal !== null) throw new RangeError(`A comment cannot be ${refusal}.`);
  return {
    authorId: comment.author.userId.slice(0, 100),
    authorName: comment.author.name.slice(0, 100),
    authorColor: comment.author.color,
    at: comment.at,
    editedAt: 0,
    text: comment.text,
    state: 'shown',
    mentions: [...comment.mentions].slice(0, MAX_MENTIONS),
  };
}
