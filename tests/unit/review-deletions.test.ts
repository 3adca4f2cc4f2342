import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { restoreSession } from '../../shared/history/restore';
import { createProgram } from '../../shared/model/create';
import {
  blankProgram,
  emptySessionText,
  newBlock,
  newDay,
  newStage,
} from '../../shared/model/defaults';
import { programProblems } from '../../shared/model/invariants';
import { deleteBlock } from '../../shared/model/mutations/blocks';
import { setDayCount } from '../../shared/model/mutations/program';
import { readDays } from '../../shared/model/read';
import {
  type DeletedSession,
  DELETION_KEPT_MS,
  readDeletions,
  recordDeletion,
  removeDeletion,
  sessionSnapshot,
  snapshotDocument,
} from '../../shared/review/deletions';
import { reviewRootOf } from '../../shared/review/layout';

const LOCAL = Symbol('local');
const NOW = Date.UTC(2026, 11, 2, 10, 0);
const DAY = 24 * 60 * 60 * 1000;
const aigerim = { name: 'Aigerim', color: '#1f5fbf' };

function program(): Y.Doc {
  const base = blankProgram({ title: 'CLIL week' }, 2);
  base.days = [
    newDay({
      blocks: [
        newBlock('workshop', { title: 'Opening' }),
        newBlock('input', {
          title: 'Scaffolding',
          text: {
            ...emptySessionText(),
            notes: [{ type: 'paragraph', children: [{ text: 'Bring cards', bold: true }] }],
          },
          stages: [newStage('practice', { minutes: 25 })],
        }),
        newBlock('break'),
      ],
    }),
    newDay({ blocks: [newBlock('visit', { title: 'School visit' })] }),
  ];
  const doc = new Y.Doc();
  createProgram(doc, base);
  return doc;
}

const idOf = (doc: Y.Doc, title: string) =>
  readDays(doc)
    .flatMap((day) => day.blocks)
    .find((block) => block.title === title)!.id;

/** Deletes a session as the planner does: snapshot first, then delete, then the entry. */
function deleteKept(doc: Y.Doc, review: Y.Doc, title: string, at: number): DeletedSession {
  const blockId = idOf(doc, title);
  const day = readDays(doc).find((each) => each.blocks.some((block) => block.id === blockId))!;
  const content = sessionSnapshot(doc, blockId)!;
  deleteBlock(doc, blockId, LOCAL);
  const entry: DeletedSession = {
    blockId,
    dayId: day.id,
    title,
    type: 'input',
    deletedBy: aigerim,
    deletedAt: at,
    content,
  };
  recordDeletion(review, entry, at, LOCAL);
  return entry;
}

function sync(a: Y.Doc, b: Y.Doc) {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

describe('recently deleted sessions', () => {
  it('are listed on a co-tutor’s replica, who can bring one back onto its day with its plan', () => {
    const [doc, review] = [program(), new Y.Doc()];
    const [theirDoc, theirReview] = [new Y.Doc(), new Y.Doc()];
    sync(doc, theirDoc);
    const before = readDays(doc, { withText: true });
    deleteKept(doc, review, 'Scaffolding', NOW - DAY);
    deleteKept(doc, review, 'Opening', NOW);
    sync(doc, theirDoc);
    sync(review, theirReview);

    const { sessions, damaged } = readDeletions(theirReview, NOW);
    expect(damaged).toBe(0);
    expect(sessions.map((entry) => [entry.title, entry.deletedBy.name])).toEqual([
      ['Opening', 'Aigerim'],
      ['Scaffolding', 'Aigerim'],
    ]);
    const scaffolding = sessions[1]!;
    restoreSession(theirDoc, snapshotDocument(scaffolding)!, scaffolding.blockId, LOCAL);
    removeDeletion(theirReview, scaffolding.blockId, LOCAL);
    sync(doc, theirDoc);
    sync(review, theirReview);

    const day1 = readDays(doc, { withText: true })[0]!;
    expect(day1.blocks.map((block) => block.title)).toEqual(['Scaffolding', '']);
    expect(day1.blocks[0]).toEqual(before[0]!.blocks[1]);
    expect(readDeletions(review, NOW).sessions.map((entry) => entry.title)).toEqual(['Opening']);
    expect(programProblems(doc)).toEqual([]);
  });

  it('come back on the nearest day when their day is gone', () => {
    const [doc, review] = [program(), new Y.Doc()];
    const entry = deleteKept(doc, review, 'School visit', NOW);
    setDayCount(doc, 1, LOCAL);
    restoreSession(doc, snapshotDocument(entry)!, entry.blockId, LOCAL);
    expect(readDays(doc).map((day) => day.blocks.map((block) => block.title))).toEqual([
      ['Opening', 'Scaffolding', '', 'School visit'],
    ]);
  });

  it('are kept for 30 days, then pruned', () => {
    const [doc, review] = [program(), new Y.Doc()];
    deleteKept(doc, review, 'Opening', NOW - DELETION_KEPT_MS - 1);
    expect(readDeletions(review, NOW).sessions).toEqual([]);
    const kept = deleteKept(doc, review, 'Scaffolding', NOW);
    // Recording a deletion prunes what is older than 30 days.
    expect([...reviewRootOf(review, 'deletions').keys()]).toEqual([kept.blockId]);
  });

  it('reads entries of the wrong shape from a peer as damaged, never as sessions', () => {
    const review = new Y.Doc();
    const part = reviewRootOf(review, 'deletions');
    part.set('a', 'not an entry');
    part.set('b', { blockId: 'b', title: 42 });
    part.set('c', {
      blockId: 'c',
      dayId: 'd',
      title: 'Opening',
      type: 'workshop',
      deletedBy: aigerim,
      deletedAt: NOW,
      content: new Uint8Array([1, 2, 3]),
    });
    const { sessions, damaged } = readDeletions(review, NOW);
    expect(damaged).toBe(2);
    // Well formed, but its content is not a session: listed, and not restorable.
    expect(sessions).toHaveLength(1);
    expect(snapshotDocument(sessions[0]!)).toBeNull();
  });

  it('say who deleted a session by their stable id, and still read entries written before it', () => {
    const review = new Y.Doc();
    const part = reviewRootOf(review, 'deletions');
    const entry = (blockId: string, deletedBy: unknown) => ({
      blockId,
      dayId: 'd',
      title: 'Opening',
      type: 'workshop',
      deletedBy,
      deletedAt: NOW,
      content: new Uint8Array([1, 2, 3]),
    });
    const doc = program();
    const kept = deleteKept(doc, review, 'Scaffolding', NOW);
    recordDeletion(review, { ...kept, deletedBy: { ...aigerim, userId: 'install-1' } }, NOW, LOCAL);
    part.set('old', entry('old', aigerim));
    part.set('odd', entry('odd', { ...aigerim, userId: 42 }));

    const { sessions, damaged } = readDeletions(review, NOW);
    expect(damaged).toBe(0);
    const by = Object.fromEntries(sessions.map((each) => [each.blockId, each.deletedBy]));
    expect(by[kept.blockId]).toEqual({ ...aigerim, userId: 'install-1' });
    expect(by['old']).toEqual(aigerim);
    // A user id that is not a short string is left out; the entry still reads.
    expect(by['odd']?.userId).toBeUndefined();
    expect(by['odd']?.name).toBe('Aigerim');
  });
});
