import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { compareProgramStates, countChanges } from '../../shared/history/compare';
import { wordDiff } from '../../shared/history/compare-fields';
import { createProgram } from '../../shared/model/create';
import {
  blankProgram,
  emptySessionText,
  newBlock,
  newDay,
  newStage,
} from '../../shared/model/defaults';
import { blockOf, richFieldOf } from '../../shared/model/layout';
import { deleteBlock, moveBlock, setBlockField } from '../../shared/model/mutations/blocks';
import { setMetaField } from '../../shared/model/mutations/program';
import { addStage, setStageField } from '../../shared/model/mutations/stages';
import { readDays } from '../../shared/model/read';
import { SESSION_RICH_FIELDS } from '../../shared/model/schema';
import type { Program, SessionText } from '../../shared/model/types';
import { mulberry32 } from '../support/random';

const para = (text: string) => [{ type: 'paragraph' as const, children: [{ text }] }];

function program(): Program {
  const base = blankProgram({ title: 'CLIL week' }, 2);
  base.days = [
    newDay({
      startMin: 9 * 60,
      blocks: [
        newBlock('workshop', { title: 'Opening', durationMin: 60 }),
        newBlock('input', {
          title: 'Scaffolding',
          durationMin: 90,
          text: { ...emptySessionText(), notes: para('Bring the word cards to class') },
          stages: [newStage('lead-in', { minutes: 15 })],
        }),
        newBlock('break', { title: 'Coffee', durationMin: 15 }),
        newBlock('workshop', { title: 'Task design', durationMin: 90 }),
      ],
    }),
    newDay({ blocks: [newBlock('visit', { title: 'School visit', durationMin: 180 })] }),
  ];
  return base;
}

function pair(): { before: Y.Doc; after: Y.Doc } {
  const before = new Y.Doc();
  createProgram(before, program());
  const after = new Y.Doc();
  Y.applyUpdate(after, Y.encodeStateAsUpdate(before));
  return { before, after };
}

const idOf = (doc: Y.Doc, title: string) =>
  readDays(doc)
    .flatMap((day) => day.blocks)
    .find((block) => block.title === title)!.id;

describe('comparing two states of a program', () => {
  it('reports exactly two sessions removed and one retimed, nothing else', () => {
    const { before, after } = pair();
    deleteBlock(after, idOf(after, 'Opening'), null);
    deleteBlock(after, idOf(after, 'Coffee'), null);
    setBlockField(after, idOf(after, 'Scaffolding'), 'durationMin', 60, null);

    const comparison = compareProgramStates(before, after);
    expect(comparison.settings).toEqual([]);
    expect(comparison.coTutors).toEqual([]);
    expect(comparison.days).toHaveLength(1);
    const sessions = comparison.days[0]!.sessions;
    expect(sessions.map((session) => [session.title, session.status])).toEqual([
      ['Scaffolding', 'changed'],
      ['Opening', 'removed'],
      ['Coffee', 'removed'],
    ]);
    const scaffolding = sessions[0]!;
    expect(scaffolding.retimed).toEqual({
      before: { durationMin: 90, fixedStart: null },
      after: { durationMin: 60, fixedStart: null },
    });
    // It starts earlier now, but only because the session before it went: not a move.
    expect(scaffolding.moved).toBeNull();
    expect(scaffolding.fields).toEqual([]);
    expect(scaffolding.stages).toEqual([]);
    expect(countChanges(comparison)).toBe(3);
  });

  it('finds nothing between equal states', () => {
    const { before, after } = pair();
    const comparison = compareProgramStates(before, after);
    expect(comparison).toEqual({ settings: [], coTutors: [], days: [] });
    expect(countChanges(comparison)).toBe(0);
  });

  it('says where a moved session was and is, with the times of each state', () => {
    const { before, after } = pair();
    const day2 = readDays(after)[1]!.id;
    moveBlock(after, idOf(after, 'Task design'), day2, 0, null);
    const [day] = compareProgramStates(before, after).days;
    expect(day!.number).toBe(2);
    expect(day!.sessions).toHaveLength(1);
    expect(day!.sessions[0]!.moved).toEqual({
      from: {
        dayId: readDays(before)[0]!.id,
        dayNumber: 1,
        start: 11 * 60 + 45,
        end: 13 * 60 + 15,
      },
      to: { dayId: day2, dayNumber: 2, start: 9 * 60, end: 10 * 60 + 30 },
    });
  });

  it('reports one session moved within its day, not the ones it passed', () => {
    const { before, after } = pair();
    moveBlock(after, idOf(after, 'Task design'), readDays(after)[0]!.id, 0, null);
    const sessions = compareProgramStates(before, after).days[0]!.sessions;
    expect(sessions.map((session) => session.title)).toEqual(['Task design']);
  });

  it('marks the words inserted and removed in a rich-text field, and the stages changed', () => {
    const { before, after } = pair();
    const id = idOf(after, 'Scaffolding');
    const notes = richFieldOf(blockOf(after, id)!, 'notes')!;
    const paragraph = notes.toDelta()[0].insert as Y.XmlText;
    // "Bring the word cards to class" → "Bring the picture cards to class"; the run's map counts as one.
    const text = (paragraph.toDelta() as { insert: unknown }[])
      .map((op) => (typeof op.insert === 'string' ? op.insert : '\u0000'))
      .join('');
    const start = text.indexOf('word');
    after.transact(() => {
      paragraph.delete(start, 4);
      paragraph.insert(start, 'picture');
    });
    const stageId = readDays(after)[0]!.blocks[1]!.stages[0]!.id;
    setStageField(after, id, stageId, 'minutes', 20, null);
    addStage(after, id, 1, newStage('practice'), null);

    const session = compareProgramStates(before, after).days[0]!.sessions[0]!;
    expect(session.fields).toEqual([
      {
        field: 'notes',
        kind: 'text',
        words: [
          { kind: 'same', text: 'Bring the ' },
          { kind: 'del', text: 'word' },
          { kind: 'ins', text: 'picture' },
          { kind: 'same', text: ' cards to class' },
        ],
      },
    ]);
    expect(session.stages.map((stage) => [stage.phase, stage.status])).toEqual([
      ['lead-in', 'changed'],
      ['practice', 'added'],
    ]);
    expect(session.stages[0]!.fields).toEqual([
      { field: 'minutes', kind: 'minutes', before: 15, after: 20 },
    ]);
  });

  it('reports the program settings that changed', () => {
    const { before, after } = pair();
    setMetaField(after, 'title', 'CLIL week in Almaty', null);
    setMetaField(after, 'languages', ['English', 'Kazakh'], null);
    const comparison = compareProgramStates(before, after);
    expect(comparison.settings).toEqual([
      {
        field: 'title',
        kind: 'text',
        words: [
          { kind: 'same', text: 'CLIL week' },
          { kind: 'ins', text: ' in Almaty' },
        ],
      },
      { field: 'languages', kind: 'list', added: ['Kazakh'], removed: [] },
    ]);
    expect(countChanges(comparison)).toBe(2);
  });

  it('compares a large program (60 sessions × 20 rich-text fields) within a second', () => {
    const words = (n: number, seed: number) =>
      Array.from({ length: n }, (_, i) => `word${(i * 7 + seed) % 97}`).join(' ');
    const large = blankProgram({ title: 'Large' }, 5);
    large.days = Array.from({ length: 5 }, (_, d) =>
      newDay({
        blocks: Array.from({ length: 12 }, (_, b) =>
          newBlock('workshop', {
            title: `Session ${d}.${b}`,
            text: Object.fromEntries(
              SESSION_RICH_FIELDS.map((field, f) => [field, para(words(80, d * 100 + b * 20 + f))]),
            ) as SessionText,
          }),
        ),
      }),
    );
    const before = new Y.Doc();
    createProgram(before, large);
    const after = new Y.Doc();
    Y.applyUpdate(after, Y.encodeStateAsUpdate(before));
    // Every field of every session edited.
    after.transact(() => {
      for (const day of readDays(after)) {
        for (const block of day.blocks) {
          for (const field of SESSION_RICH_FIELDS) {
            const paragraph = richFieldOf(blockOf(after, block.id)!, field)!.toDelta()[0]
              .insert as Y.XmlText;
            paragraph.insert(paragraph.length, ' changed');
          }
        }
      }
    });
    const started = performance.now();
    const comparison = compareProgramStates(before, after);
    const elapsed = performance.now() - started;
    expect(countChanges(comparison)).toBe(60 * 20);
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('the word diff', () => {
  it('always gives back both texts: the earlier without insertions, the later without deletions', () => {
    const seed = Number(process.env.COTUTOR_SEED ?? Date.now() % 1e9);
    console.log(`word diff seed ${seed}`);
    const random = mulberry32(seed);
    const vocabulary = ['the', 'cards', 'word', 'picture', ',', '\n', '  ', 'сөз', 'class.'];
    const text = () =>
      Array.from(
        { length: Math.floor(random() * 12) },
        () => vocabulary[Math.floor(random() * vocabulary.length)]!,
      ).join(random() < 0.5 ? ' ' : '');
    for (let round = 0; round < 500; round++) {
      const before = text();
      const after =
        random() < 0.5 ? text() : before.slice(0, Math.floor(random() * before.length)) + text();
      const runs = wordDiff(before, after);
      const join = (skip: string) =>
        runs
          .filter((run) => run.kind !== skip)
          .map((run) => run.text)
          .join('');
      expect(join('ins'), JSON.stringify({ before, after })).toBe(before);
      expect(join('del'), JSON.stringify({ before, after })).toBe(after);
    }
  });
});
