import * as Y from 'yjs';

import { reviewRootOf } from './layout';
import type { ThreadView } from './threads';

/**
 * Per-person marks in the review document's 'reads' part, keyed by the user's
 * stable id (Settings.userId), so they travel with the program and survive a
 * restart:
 *
 *   review.getMap('reads')
 *     userId → Y.Map { coTutorId?: string, threads: Y.Map threadId → time read (ms) }
 *
 * `coTutorId` is the co-tutor record this user said they are ("I am …"); without
 * it the user is the co-tutor whose name matches theirs (docs/comments.md).
 */

const MAX_ID = 100;

function marksOf(review: Y.Doc, userId: string): Y.Map<unknown> | null {
  const marks = reviewRootOf(review, 'reads').get(userId);
  return marks instanceof Y.Map ? marks : null;
}

/** The co-tutor this user chose to be in this program, or null when they did not choose. */
export function chosenCoTutor(review: Y.Doc, userId: string): string | null {
  const id = marksOf(review, userId)?.get('coTutorId');
  return typeof id === 'string' && id !== '' && id.length <= MAX_ID ? id : null;
}

export function chooseCoTutor(
  review: Y.Doc,
  userId: string,
  coTutorId: string | null,
  origin: unknown = null,
): void {
  if (userId === '' || userId.length > MAX_ID) return;
  review.transact(() => ownMarks(review, userId).set('coTutorId', coTutorId ?? ''), origin);
}

/**
 * Which co-tutor of the program this user is: the one they chose, else the only
 * one whose name is theirs (case and accents aside), else none.
 */
export function coTutorOfUser(
  review: Y.Doc,
  userId: string,
  userName: string,
  coTutors: readonly { id: string; name: string }[],
): string | null {
  const chosen = chosenCoTutor(review, userId);
  if (chosen !== null && coTutors.some((tutor) => tutor.id === chosen)) return chosen;
  const name = fold(userName);
  if (name === '') return null;
  const named = coTutors.filter((tutor) => fold(tutor.name) === name);
  return named.length === 1 ? (named[0]?.id ?? null) : null;
}

/** When this user last read a thread (ms), or 0. */
export function readAt(review: Y.Doc, userId: string, threadId: string): number {
  const threads = marksOf(review, userId)?.get('threads');
  const at = threads instanceof Y.Map ? threads.get(threadId) : undefined;
  return typeof at === 'number' && Number.isFinite(at) ? at : 0;
}

export function markRead(
  review: Y.Doc,
  userId: string,
  threadId: string,
  at: number,
  origin: unknown = null,
): void {
  if (userId === '' || userId.length > MAX_ID || readAt(review, userId, threadId) >= at) return;
  review.transact(() => {
    const marks = ownMarks(review, userId);
    let threads = marks.get('threads');
    if (!(threads instanceof Y.Map)) {
      threads = new Y.Map<unknown>();
      marks.set('threads', threads);
    }
    (threads as Y.Map<unknown>).set(threadId, at);
  }, origin);
}

/** Whether a thread holds a comment by someone else newer than this user's last reading. */
export function isUnread(review: Y.Doc, userId: string, thread: ThreadView): boolean {
  const at = readAt(review, userId, thread.id);
  return thread.comments.some(
    (comment) =>
      comment.author.userId !== userId && Math.max(comment.at, comment.editedAt ?? 0) > at,
  );
}

/** Threads for this co-tutor: any comment in them @mentions them. */
export function isForCoTutor(thread: ThreadView, coTutorId: string | null): boolean {
  return (
    coTutorId !== null &&
    thread.comments.some((comment) => !comment.deleted && comment.mentions.includes(coTutorId))
  );
}

function ownMarks(review: Y.Doc, userId: string): Y.Map<unknown> {
  const root = reviewRootOf(review, 'reads');
  const marks = root.get(userId);
  if (marks instanceof Y.Map) return marks;
  const fresh = new Y.Map<unknown>();
  root.set(userId, fresh);
  return fresh;
}

function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').trim().toLocaleLowerCase();
}
