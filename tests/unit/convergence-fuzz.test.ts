import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';

import { createProgram } from '../../shared/model/create';
import { blankProgram, newBlock } from '../../shared/model/defaults';
import { programProblems } from '../../shared/model/invariants';
import { rootOf } from '../../shared/model/layout';
import { deleteBlock, moveBlock, setBlockField } from '../../shared/model/mutations/blocks';
import { repairPlacements, setDayCount } from '../../shared/model/mutations/program';
import { readDays, readProgram } from '../../shared/model/read';
import { restoreMissingFields } from '../../shared/model/restore-fields';
import { runFuzz } from '../fuzz/fuzz';

// The model's ids become readable and replayable (tests/fuzz/ids.ts explains why).
vi.mock('../../shared/model/ids', async () => {
  const ids = await import('../fuzz/ids');
  return { newId: ids.nextId };
});

/**
 * COTUTOR_FUZZ_SEED replays a run (a failing round prints its own seed);
 * COTUTOR_FUZZ_ROUNDS sets its length (`npm run test:fuzz` runs 10,000);
 * COTUTOR_FUZZ_UNDO=1 adds undo and redo, which fail on the known gap below.
 */
const seed = Number(process.env.COTUTOR_FUZZ_SEED ?? Math.floor(Math.random() * 0xffffffff)) >>> 0;
const rounds = Number(process.env.COTUTOR_FUZZ_ROUNDS ?? 300);
const undo = process.env.COTUTOR_FUZZ_UNDO === '1';

describe('convergence under concurrent edits', () => {
  it(
    `five co-tutors editing through a y-websocket relay end identical with the schema's invariants intact (${rounds} rounds)`,
    async () => {
      console.log(
        `convergence fuzz: seed ${seed}, ${rounds} rounds${undo ? ' with undo' : ''} (replay with COTUTOR_FUZZ_SEED=${seed})`,
      );
      const started = Date.now();
      const result = await runFuzz({ seed, rounds, undo, log: (line) => console.log(line) });
      const counts = Object.entries(result.outcomes).map(([name, count]) => `${name} ${count}`);
      console.log(
        `convergence fuzz: ${result.rounds} rounds in ${((Date.now() - started) / 1000).toFixed(1)} s; allowed concurrent outcomes: ${counts.join(', ')}`,
      );
      if (result.failure !== null) expect.fail(result.failure);
    },
    // Generous: the failure report shrinks the failing round, which takes a while.
    Math.max(120_000, rounds * 1_000),
  );
});

/** Two replicas of a three-day program with one block on the first day. */
function twoReplicas(): [Y.Doc, Y.Doc, string] {
  const program = blankProgram({}, 3);
  const block = newBlock('workshop', { title: 'old' });
  program.days[0]?.blocks.push(block);
  const left = new Y.Doc();
  createProgram(left, program);
  const right = new Y.Doc();
  Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
  return [left, right, block.id];
}

function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
}

/** Found by the fuzz: what concurrent edits leave behind. */
describe('what concurrent edits leave behind', () => {
  it('a block moved onto a day removed at the same time is put on the last day by repairPlacements', () => {
    const [left, right, blockId] = twoReplicas();
    const dayIds = readDays(left).map((day) => day.id);
    setDayCount(left, 1, null);
    moveBlock(right, blockId, dayIds[2]!, 0, null);
    exchange(left, right);
    expect(programProblems(left)).toEqual([`block ${blockId} is on a missing day`]);

    expect(repairPlacements(left, null)).toBe(true);
    expect(repairPlacements(right, null)).toBe(true);
    exchange(left, right);
    for (const doc of [left, right]) expect(programProblems(doc)).toEqual([]);
    expect(readProgram(left)).toEqual(readProgram(right));
    expect(readDays(left).map((day) => day.blocks.map((block) => block.id))).toEqual([[blockId]]);
    expect(repairPlacements(left, null)).toBe(false);
  });

  // A known gap, not fixed (docs/file-format.md): Yjs does not redo the old title
  // over the co-tutor's newer one, and the newer one went with the deleted block.
  it('undoing the deletion of a block whose title a co-tutor changed meanwhile brings it back without a title, until the undoing window restores it', () => {
    const [left, right, blockId] = twoReplicas();
    const local = Symbol('local edit');
    const history = new Y.UndoManager(rootOf(left), { trackedOrigins: new Set([local]) });
    setBlockField(right, blockId, 'title', 'new', null);
    deleteBlock(left, blockId, local);
    exchange(left, right);
    history.undo();
    exchange(left, right);
    expect(readProgram(left)).toEqual(readProgram(right));
    expect(readDays(left)[0]?.blocks[0]?.title).toBe('');
    expect(programProblems(left)).toEqual([`block ${blockId} field title is invalid`]);

    // The undoing window fills what its undo could not bring back (ProgramSession does
    // this after every own undo), and both replicas are whole again.
    expect(restoreMissingFields(left, Symbol('repair'))).toBe(true);
    exchange(left, right);
    expect(programProblems(left)).toEqual([]);
    expect(programProblems(right)).toEqual([]);
    expect(readProgram(left)).toEqual(readProgram(right));
  });
});
