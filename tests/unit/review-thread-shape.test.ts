import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { reviewRootOf } from '../../shared/review/layout';
import { migrateThreads } from '../../shared/review/thread-migration';
import {
  type Author,
  createThread,
  editComment,
  readThreads,
  setResolved,
} from '../../shared/review/threads';

const AIGERIM: Author = { userId: 'user-a', name: 'Aigerim', color: '#2f6fde' };

/** A thread as versions before plain-value comments stored it: a key per field, a Y.Map per comment. */
function oldShapeReview(): Y.Doc {
  const review = new Y.Doc();
  review.transact(() => {
    const thread = new Y.Map<unknown>();
    const fields: Record<string, unknown> = {
      kind: 'session',
      blockId: 'block-1',
      field: '',
      quote: '',
      status: 'resolved',
      createdAt: 1000,
      statusById: 'user-a',
      statusByName: 'Aigerim',
      statusAt: 3000,
    };
    for (const [key, value] of Object.entries(fields)) thread.set(key, value);
    const comments = new Y.Map<unknown>();
    const comment = (text: string, at: number) => {
      const record = new Y.Map<unknown>();
      const values: Record<string, unknown> = {
        authorId: 'user-a',
        authorName: 'Aigerim',
        authorColor: '#2f6fde',
        at,
        editedAt: 0,
        text,
        state: 'shown',
        mentions: [],
      };
      for (const [key, value] of Object.entries(values)) record.set(key, value);
      return record;
    };
    comments.set('c1', comment('Shorten the lead-in', 1000));
    comments.set('c2', comment('Done on Tuesday', 2000));
    thread.set('comments', comments);
    reviewRootOf(review, 'threads').set('t1', thread);
  });
  return review;
}

describe('the stored shape of threads', () => {
  it('writes each comment and a thread’s status as one plain value', () => {
    const review = new Y.Doc();
    const id = createThread(
      review,
      { kind: 'session', blockId: 'block-1' },
      { author: AIGERIM, text: 'Shorten the lead-in', mentions: [], at: 1000 },
    );
    const record = reviewRootOf(review, 'threads').get(id) as Y.Map<unknown>;
    const comments = record.get('comments') as Y.Map<unknown>;
    expect([...comments.values()].every((value) => !(value instanceof Y.Map))).toBe(true);
    expect(record.get('status')).toMatchObject({ status: 'open' });
    expect([...record.keys()].sort()).toEqual(['about', 'comments', 'status']);
  });

  it('reads an old review document, and edits and resolves in it', () => {
    const review = oldShapeReview();
    const [thread] = readThreads(review);
    expect(thread).toMatchObject({ id: 't1', kind: 'session', resolved: true, damaged: false });
    expect(thread?.comments.map((comment) => comment.text)).toEqual([
      'Shorten the lead-in',
      'Done on Tuesday',
    ]);
    expect(
      editComment(review, 't1', 'c1', AIGERIM, { text: 'Cut it', mentions: [], at: 4000 }),
    ).toBe(true);
    setResolved(review, 't1', false, AIGERIM, 5000);
    const [after] = readThreads(review);
    expect(after).toMatchObject({ resolved: false, damaged: false });
    expect(after?.comments.map((comment) => comment.text)).toEqual(['Cut it', 'Done on Tuesday']);
  });

  it('migrates an old review document to plain values without changing what is read', () => {
    const review = oldShapeReview();
    const before = readThreads(review);
    expect(migrateThreads(review, 'migration')).toBe(true);
    expect(readThreads(review)).toEqual(before);
    const record = reviewRootOf(review, 'threads').get('t1') as Y.Map<unknown>;
    expect([...record.keys()].sort()).toEqual(['about', 'comments', 'status']);
    const comments = record.get('comments') as Y.Map<unknown>;
    expect([...comments.values()].some((value) => value instanceof Y.Map)).toBe(false);
    expect(migrateThreads(review, 'migration')).toBe(false);
  });

  it('two co-tutors migrating the same old document at once agree', () => {
    const a = oldShapeReview();
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    migrateThreads(a, 'migration');
    migrateThreads(b, 'migration');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readThreads(a)).toEqual(readThreads(b));
    expect(readThreads(a)[0]?.comments).toHaveLength(2);
  });

  it('leaves a damaged old record as it is, still shown as damaged', () => {
    const review = oldShapeReview();
    const record = reviewRootOf(review, 'threads').get('t1') as Y.Map<unknown>;
    record.set('createdAt', 'yesterday');
    migrateThreads(review, 'migration');
    expect(record.get('about')).toBeUndefined();
    expect(readThreads(review)[0]?.damaged).toBe(true);
  });
});
