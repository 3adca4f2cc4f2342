import { isDeepStrictEqual } from 'node:util';

import * as Y from 'yjs';

import { blockOf, programRichFieldOf, richFieldOf } from '../../shared/model/layout';
import { SESSION_RICH_FIELDS } from '../../shared/model/schema';
import { anchoredText, isGone } from '../../shared/review/anchor';
import { reviewRootOf } from '../../shared/review/layout';
import { readThreads, type ThreadView } from '../../shared/review/threads';
import { type Failure, firstDifference, type Replica } from './checks';
import type { Outcomes } from './outcomes';

/**
 * What must hold of the review documents once every frame is delivered: all
 * equal (state, delete set, threads as read), no thread lost or damaged, and
 * each range thread's anchor covering the same text on every client beside the
 * same program, or gone on every one. `programs[i]` is the program beside
 * `reviews[i]`; the first pair is the reference.
 */
export function checkReviews(
  programs: readonly Replica[],
  reviews: readonly Replica[],
  seen: ReadonlySet<string>,
): Failure[] {
  const failures: Failure[] = [];
  const views = reviews.map(({ name, doc }, index) => {
    const threads = readThreads(doc);
    const program = programs[index]?.doc;
    const anchored =
      program === undefined ? [] : threads.map((thread) => anchorText(program, thread));
    return { name, doc, threads, anchored };
  });
  for (const { name, threads } of views) {
    const ids = new Set(threads.map((thread) => thread.id));
    const lost = [...seen].filter((id) => !ids.has(id));
    if (lost.length > 0)
      failures.push({ kind: 'thread lost', detail: `${name}: ${lost.join(', ')}` });
    const damaged = threads.filter((thread) => thread.damaged).map((thread) => thread.id);
    if (damaged.length > 0)
      failures.push({ kind: 'thread damaged', detail: `${name}: ${damaged.join(', ')}` });
  }
  const [reference, ...others] = views;
  if (reference === undefined) return failures;
  for (const replica of others) {
    const differs = (kind: string, where = '') =>
      failures.push({
        kind: `review diverged: ${kind}`,
        detail: `${replica.name} vs ${reference.name}${where}`,
      });
    if (!isDeepStrictEqual(Y.encodeStateVector(replica.doc), Y.encodeStateVector(reference.doc)))
      differs('state vector');
    else if (!Y.equalSnapshots(Y.snapshot(replica.doc), Y.snapshot(reference.doc)))
      differs('delete set');
    const json = firstDifference(
      reviewRootOf(replica.doc, 'threads').toJSON(),
      reviewRootOf(reference.doc, 'threads').toJSON(),
      'threads',
    );
    if (json !== null) differs('json', ` at ${json}`);
    const read = firstDifference(replica.threads, reference.threads, 'read');
    if (read !== null) differs('threads read', ` at ${read}`);
    const resolved = (threads: ThreadView[]) =>
      threads.map((thread) => [thread.id, thread.resolved]);
    if (!isDeepStrictEqual(resolved(replica.threads), resolved(reference.threads)))
      differs('resolved');
    reference.threads.forEach((thread, index) => {
      const mine = replica.anchored[replica.threads.findIndex((other) => other.id === thread.id)];
      const theirs = reference.anchored[index];
      if (mine !== theirs)
        differs(
          'anchored text',
          ` for ${thread.id}: ${JSON.stringify(mine)} ≠ ${JSON.stringify(theirs)}`,
        );
    });
  }
  return failures;
}

/** The field's Y.XmlText a thread is about, as the comment panels find it. */
function fieldText(program: Y.Doc, thread: ThreadView): Y.XmlText | null {
  if (thread.blockId === null)
    return thread.field === 'learningOutcomes'
      ? programRichFieldOf(program, 'learningOutcomes')
      : null;
  const field = SESSION_RICH_FIELDS.find((known) => known === thread.field);
  const block = blockOf(program, thread.blockId);
  return field === undefined || block === null ? null : richFieldOf(block, field);
}

/** What a range thread covers now: its text, or "gone" (shown with its quote); other threads "-". */
function anchorText(program: Y.Doc, thread: ThreadView): string {
  const xml = fieldText(program, thread);
  if (thread.anchor === null) return '-';
  const text = xml === null ? null : anchoredText(program, xml, thread.anchor);
  return isGone(text) ? 'gone' : (text as string);
}

/** How often the comments met the concurrent edits in ways worth counting. */
export function reviewOutcomesOf(program: Y.Doc, review: Y.Doc): Outcomes {
  const threads = readThreads(review);
  const texts = threads.map((thread) => anchorText(program, thread));
  return {
    threads: threads.length,
    'threads whose text is gone': texts.filter((text) => text === 'gone').length,
    'threads whose text changed': threads.filter(
      (thread, index) => texts[index] !== 'gone' && texts[index] !== thread.quote,
    ).length,
    'resolved threads': threads.filter((thread) => thread.resolved).length,
    'deleted comments': threads.reduce(
      (sum, thread) => sum + thread.comments.filter((comment) => comment.deleted).length,
      0,
    ),
  };
}
