import type * as Y from 'yjs';

import { anchorOf, flatten, type TreePoint } from '../../../shared/review/anchor';
import {
  createThread,
  deleteComment,
  editComment,
  readThreads,
  reply,
  setResolved,
} from '../../../shared/review/threads';
import { caretOffsets, type Rng, someText } from '../random';
import { type Reviewer, reviewerOf } from '../review';
import { runsOf, textHolders } from '../rich-layout';
import { edit, type EditMaker, LOCAL, quote } from './edit';
import { caretAt, type FieldRef, pickField, resolve } from './rich-text-parts';

/**
 * Commenting as the comment panels do, in the review document beside the
 * program: a thread on a range of a rich-text field, anchored with anchor.ts
 * from two points of the field's tree as the editor's selection gives them
 * (renderer/src/editor/collab/tree-points.ts); replies; editing and deleting
 * one's own comments; resolving and reopening. The text ops go on typing and
 * erasing in the same fields, around and inside the commented ranges.
 */

/** What a co-tutor writes: never blank (the composer refuses it), in the fuzz's scripts. */
function commentText(rng: Rng): string {
  return `${rng.pick(['Why', 'Келісемін', 'Okay', 'Неге?'])}${someText(rng, 0, 5)}`;
}

/** A caret chosen on this replica: a text holder, a run in it and a caret in the run. */
type Caret = { holder: number; run: number; caret: number };

function pickCaret(rng: Rng, field: Y.XmlText): Caret | null {
  const holders = textHolders(field);
  if (holders.length === 0) return null;
  const holder = rng.int(0, holders.length - 1);
  const runs = runsOf(holders[holder]!.element);
  if (runs.length === 0) return null;
  const run = rng.int(0, runs.length - 1);
  return { holder, run, caret: rng.pick(caretOffsets(runs[run]!.text)) };
}

/** The caret as a point of the field's tree on the replica it is applied to, if it is still there. */
function treePoint(field: Y.XmlText, { holder, run, caret }: Caret): TreePoint | null {
  const element = textHolders(field)[holder]?.element;
  const found = element === undefined ? undefined : runsOf(element)[run];
  if (element === undefined || found === undefined) return null;
  return { type: element, index: found.start + 1 + caretAt(found.text, caret) };
}

function fieldName(ref: FieldRef): string {
  return ref.blockId === null ? 'learningOutcomes' : ref.field;
}

/** A comment of this user's that is still shown, on this replica. */
function pickOwnComment(rng: Rng, reviewer: Reviewer): { thread: string; comment: string } | null {
  const own = readThreads(reviewer.review).flatMap((thread) =>
    thread.comments
      .filter((comment) => comment.author.userId === reviewer.author.userId && !comment.deleted)
      .map((comment) => ({ thread: thread.id, comment: comment.id })),
  );
  return own.length === 0 ? null : rng.pick(own);
}

function pickThread(rng: Rng, reviewer: Reviewer) {
  const threads = readThreads(reviewer.review);
  return threads.length === 0 ? null : rng.pick(threads);
}

/** The reviewer of the replica an edit is applied to: its own user and review document. */
function onReviewer(change: (reviewer: Reviewer, doc: Y.Doc) => void) {
  return (doc: Y.Doc) => {
    const reviewer = reviewerOf(doc);
    if (reviewer !== null) change(reviewer, doc);
  };
}

export const commentEdits: Record<string, EditMaker> = {
  addThread(rng, doc) {
    const found = pickField(rng, doc);
    if (found === null || reviewerOf(doc) === null) return null;
    const [ref, field, name] = found;
    const ends = [pickCaret(rng, field), pickCaret(rng, field)];
    const [first, second] = ends;
    if (first === null || second === null || first === undefined || second === undefined)
      return null;
    const text = commentText(rng);
    const at = rng.int(1, 1_000_000);
    return edit(
      `comment on ${name} ${JSON.stringify(first)}–${JSON.stringify(second)} ${quote(text)}`,
      onReviewer(({ review, author }, target) => {
        const xml = resolve(target, ref);
        if (xml === null) return;
        const points = [treePoint(xml, first), treePoint(xml, second)];
        if (points[0] === null || points[1] === null) return;
        const ordered = points as TreePoint[];
        const { text: all, offsets } = flatten(xml, ordered);
        const [a, b] = offsets as [number | null, number | null];
        if (a === null || b === null || a === b) return;
        const [start, end] = a < b ? [ordered[0]!, ordered[1]!] : [ordered[1]!, ordered[0]!];
        const quoted = all.slice(Math.min(a, b), Math.max(a, b));
        // The panel offers a comment only on a selection with some text in it.
        if (quoted.trim() === '') return;
        createThread(
          review,
          {
            kind: 'range',
            blockId: ref.blockId,
            field: fieldName(ref),
            anchor: anchorOf(start, end),
            quote: quoted,
          },
          { author, text, mentions: [], at },
          LOCAL,
        );
      }),
    );
  },

  replyToThread(rng, doc) {
    const reviewer = reviewerOf(doc);
    const thread = reviewer === null ? null : pickThread(rng, reviewer);
    if (thread === null) return null;
    const text = commentText(rng);
    const at = rng.int(1, 1_000_000);
    return edit(
      `reply to ${thread.id} ${quote(text)}`,
      onReviewer(({ review, author }) =>
        reply(review, thread.id, { author, text, mentions: [], at }, LOCAL),
      ),
    );
  },

  editOwnComment(rng, doc) {
    const reviewer = reviewerOf(doc);
    const own = reviewer === null ? null : pickOwnComment(rng, reviewer);
    if (own === null) return null;
    const text = commentText(rng);
    const at = rng.int(1, 1_000_000);
    return edit(
      `edit comment ${own.comment} of ${own.thread} ${quote(text)}`,
      onReviewer(({ review, author }) =>
        editComment(review, own.thread, own.comment, author, { text, mentions: [], at }, LOCAL),
      ),
    );
  },

  deleteOwnComment(rng, doc) {
    const reviewer = reviewerOf(doc);
    const own = reviewer === null ? null : pickOwnComment(rng, reviewer);
    if (own === null) return null;
    const at = rng.int(1, 1_000_000);
    return edit(
      `delete comment ${own.comment} of ${own.thread}`,
      onReviewer(({ review, author }) =>
        deleteComment(review, own.thread, own.comment, author, at, LOCAL),
      ),
    );
  },

  resolveThread(rng, doc) {
    const reviewer = reviewerOf(doc);
    const thread = reviewer === null ? null : pickThread(rng, reviewer);
    if (thread === null) return null;
    const resolved = rng.chance(0.7) ? !thread.resolved : thread.resolved;
    const at = rng.int(1, 1_000_000);
    return edit(
      `${resolved ? 'resolve' : 'reopen'} ${thread.id}`,
      onReviewer(({ review, author }) =>
        setResolved(review, thread.id, resolved, author, at, LOCAL),
      ),
    );
  },
};
