import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import {
  type BlockMove,
  type DayOrder,
  landingOf,
  moveTo,
  moveToDayEnd,
  placeBlock,
  reconcile,
  stepMove,
} from '../../renderer/src/features/planner/arrangement';
import { createProgram } from '../../shared/model/create';
import { blankProgram, newBlock } from '../../shared/model/defaults';
import { moveBlock } from '../../shared/model/mutations/blocks';
import { readDays } from '../../shared/model/read';

const week: DayOrder[] = [
  { dayId: 'mon', blockIds: ['a', 'b', 'c'] },
  { dayId: 'tue', blockIds: ['d', 'e'] },
  { dayId: 'wed', blockIds: [] },
];

function idsAfter(move: BlockMove | null): string[][] {
  if (move === null) throw new Error('expected a move');
  return placeBlock(week, move).map((day) => [...day.blockIds]);
}

/** The same week as a real document, to check the indices against shared/model's moveBlock. */
function documentWeek(): { doc: Y.Doc; dayIds: string[]; idOf: Map<string, string> } {
  const program = blankProgram({}, 3);
  const idOf = new Map<string, string>();
  week.forEach((day, index) => {
    for (const name of day.blockIds) {
      const block = newBlock('workshop', { title: name });
      idOf.set(name, block.id);
      program.days[index]?.blocks.push(block);
    }
  });
  const doc = new Y.Doc();
  createProgram(doc, program);
  return { doc, dayIds: program.days.map((day) => day.id), idOf };
}

describe('planner moves give moveBlock the index among the other blocks of the target day', () => {
  it('moves a block down within its day', () => {
    expect(stepMove(week, 'a', 'down')).toEqual({ blockId: 'a', dayId: 'mon', index: 1 });
    expect(idsAfter(stepMove(week, 'a', 'down'))[0]).toEqual(['b', 'a', 'c']);
  });

  it('moves a block up within its day', () => {
    expect(stepMove(week, 'c', 'up')).toEqual({ blockId: 'c', dayId: 'mon', index: 1 });
    expect(idsAfter(stepMove(week, 'c', 'up'))[0]).toEqual(['a', 'c', 'b']);
  });

  it('does not move past the top or the bottom of a day', () => {
    expect(stepMove(week, 'a', 'up')).toBeNull();
    expect(stepMove(week, 'c', 'down')).toBeNull();
    expect(stepMove(week, 'a', 'previous-day')).toBeNull();
  });

  it('moves to the same position in the next day', () => {
    expect(stepMove(week, 'b', 'next-day')).toEqual({ blockId: 'b', dayId: 'tue', index: 1 });
    expect(idsAfter(stepMove(week, 'b', 'next-day'))).toEqual([['a', 'c'], ['d', 'b', 'e'], []]);
  });

  it('moves to the top of the previous day', () => {
    expect(idsAfter(stepMove(week, 'd', 'previous-day'))).toEqual([
      ['d', 'a', 'b', 'c'],
      ['e'],
      [],
    ]);
  });

  it('clamps to the end of a shorter day', () => {
    expect(stepMove(week, 'c', 'next-day')).toEqual({ blockId: 'c', dayId: 'tue', index: 2 });
    expect(idsAfter(stepMove(week, 'c', 'next-day'))).toEqual([['a', 'b'], ['d', 'e', 'c'], []]);
  });

  it('moves into an empty day', () => {
    expect(stepMove(week, 'e', 'next-day')).toEqual({ blockId: 'e', dayId: 'wed', index: 0 });
    expect(moveToDayEnd(week, 'a', 'wed')).toEqual({ blockId: 'a', dayId: 'wed', index: 0 });
  });

  it('moves to the end of another day from the card menu, not within its own', () => {
    expect(moveToDayEnd(week, 'a', 'tue')).toEqual({ blockId: 'a', dayId: 'tue', index: 2 });
    expect(moveToDayEnd(week, 'a', 'mon')).toBeNull();
  });

  it('agrees with the document for every step of every block', () => {
    for (const name of week.flatMap((day) => day.blockIds)) {
      for (const step of ['up', 'down', 'previous-day', 'next-day'] as const) {
        const move = stepMove(week, name, step);
        if (move === null) continue;
        const { doc, dayIds, idOf } = documentWeek();
        const dayId = dayIds[week.findIndex((day) => day.dayId === move.dayId)] ?? '';
        moveBlock(doc, idOf.get(name) ?? '', dayId, move.index, null);
        const titles = readDays(doc).map((day) => day.blocks.map((block) => block.title));
        expect(titles, `${name} ${step}`).toEqual(idsAfter(move));
      }
    }
  });
});

describe('dragging', () => {
  it('takes the place of the block it is over within the same day', () => {
    expect(landingOf(week, 'a', { id: 'c', below: false })).toEqual({ dayId: 'mon', index: 2 });
    expect(landingOf(week, 'c', { id: 'a', below: true })).toEqual({ dayId: 'mon', index: 0 });
  });

  it('goes before or after a block of another day depending on where the card is', () => {
    expect(landingOf(week, 'a', { id: 'd', below: false })).toEqual({ dayId: 'tue', index: 0 });
    expect(landingOf(week, 'a', { id: 'd', below: true })).toEqual({ dayId: 'tue', index: 1 });
    expect(landingOf(week, 'a', { id: 'e', below: true })).toEqual({ dayId: 'tue', index: 2 });
  });

  it('lands at the end of a day when over the day itself', () => {
    expect(landingOf(week, 'a', { id: 'wed', below: false })).toEqual({ dayId: 'wed', index: 0 });
    expect(landingOf(week, 'a', { id: 'tue', below: false })).toEqual({ dayId: 'tue', index: 2 });
  });

  it('writes nothing when a block is dropped where it was', () => {
    expect(moveTo(week, 'b', { dayId: 'mon', index: 1 })).toBeNull();
    expect(moveTo(week, 'b', { dayId: 'tue', index: 1 })).toEqual({
      blockId: 'b',
      dayId: 'tue',
      index: 1,
    });
  });

  it('keeps a preview in step with blocks added or deleted meanwhile', () => {
    const preview = placeBlock(week, { blockId: 'a', dayId: 'wed', index: 0 });
    expect(reconcile(preview, week)).toBe(preview);
    const changed: DayOrder[] = [
      { dayId: 'mon', blockIds: ['a', 'b', 'x'] },
      { dayId: 'tue', blockIds: ['d'] },
      { dayId: 'wed', blockIds: [] },
    ];
    expect(reconcile(preview, changed).map((day) => day.blockIds)).toEqual([
      ['b', 'x'],
      ['d'],
      ['a'],
    ]);
  });
});
