import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { withFreshIds } from '../../shared/model/copy';
import { createProgram } from '../../shared/model/create';
import { blankProgram, newBlock, newDay, newStage } from '../../shared/model/defaults';
import { programProblems } from '../../shared/model/invariants';
import { rootOf } from '../../shared/model/layout';
import { checkDocument } from '../../shared/model/migrate';
import {
  addBlock,
  deleteBlock,
  moveBlock,
  setBlockField,
  setFacilitator,
} from '../../shared/model/mutations/blocks';
import { addCoTutor, removeCoTutor } from '../../shared/model/mutations/co-tutors';
import { setDayCount, setMetaField } from '../../shared/model/mutations/program';
import { addStage, moveStage } from '../../shared/model/mutations/stages';
import { readDays, readProgram } from '../../shared/model/read';
import { SCHEMA_VERSION } from '../../shared/model/schema';
import type { Program } from '../../shared/model/types';

function programWith(titlesPerDay: string[][]): Program {
  const program = blankProgram({ title: 'Week' }, titlesPerDay.length);
  program.days = titlesPerDay.map((titles) =>
    newDay({ blocks: titles.map((title) => newBlock('workshop', { title })) }),
  );
  return program;
}

function docOf(program: Program): Y.Doc {
  const doc = new Y.Doc();
  createProgram(doc, program);
  return doc;
}

const titles = (doc: Y.Doc) => readDays(doc).map((day) => day.blocks.map((block) => block.title));
const idOf = (doc: Y.Doc, title: string) =>
  readDays(doc)
    .flatMap((day) => day.blocks)
    .find((block) => block.title === title)!.id;

describe('creating a program', () => {
  it('writes the whole program in one transaction and reads it back', () => {
    const program = programWith([['a', 'b'], ['c']]);
    const doc = new Y.Doc();
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    createProgram(doc, program);
    expect(transactions).toBe(1);
    expect(readProgram(doc).days).toEqual(program.days);
    expect(programProblems(doc)).toEqual([]);
    expect(checkDocument(doc)).toEqual({ ok: true, version: SCHEMA_VERSION });
  });

  it('refuses to write over an existing program', () => {
    const doc = docOf(programWith([['a']]));
    expect(() => createProgram(doc, programWith([['b']]))).toThrow(/already holds/);
  });

  it('keeps any Unicode and very long titles exactly', () => {
    const title = `Қазақ тілі: ә ғ қ ң ө ұ ү һ і — Русский 🎓 ${'x'.repeat(450)}`;
    const doc = docOf(programWith([[title]]));
    setMetaField(doc, 'title', title, null);
    expect(readProgram(doc).meta.title).toBe(title);
    expect(titles(doc)).toEqual([[title]]);
  });
});

describe('moving blocks', () => {
  it('reorders within a day and moves between days', () => {
    const doc = docOf(programWith([['a', 'b', 'c'], ['d']]));
    const dayIds = readDays(doc).map((day) => day.id);
    moveBlock(doc, idOf(doc, 'c'), dayIds[0]!, 0, null);
    expect(titles(doc)).toEqual([['c', 'a', 'b'], ['d']]);
    moveBlock(doc, idOf(doc, 'a'), dayIds[1]!, 1, null);
    expect(titles(doc)).toEqual([
      ['c', 'b'],
      ['d', 'a'],
    ]);
    moveBlock(doc, idOf(doc, 'd'), dayIds[0]!, 99, null);
    expect(titles(doc)).toEqual([['c', 'b', 'd'], ['a']]);
  });

  it('never duplicates or loses a block moved by two people at once', () => {
    const left = docOf(programWith([['a', 'b'], [], []]));
    const right = new Y.Doc();
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
    const dayIds = readDays(left).map((day) => day.id);
    moveBlock(left, idOf(left, 'a'), dayIds[1]!, 0, null);
    moveBlock(right, idOf(right, 'a'), dayIds[2]!, 0, null);
    Y.applyUpdate(left, Y.encodeStateAsUpdate(right));
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
    expect(titles(left)).toEqual(titles(right));
    expect(titles(left).flat().sort()).toEqual(['a', 'b']);
    expect(programProblems(left)).toEqual([]);
  });

  it('gives two blocks inserted at the same place at once a stable order, and places later inserts exactly', () => {
    const left = docOf(programWith([['a', 'b']]));
    const right = new Y.Doc();
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
    const dayId = readDays(left)[0]!.id;
    addBlock(left, dayId, 1, newBlock('workshop', { title: 'x' }), null);
    addBlock(right, dayId, 1, newBlock('workshop', { title: 'y' }), null);
    Y.applyUpdate(left, Y.encodeStateAsUpdate(right));
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left));
    expect(titles(left)).toEqual(titles(right));
    // x and y share a rank now; inserting between them still lands exactly there.
    const order = titles(left)[0]!;
    addBlock(left, dayId, 2, newBlock('workshop', { title: 'z' }), null);
    expect(titles(left)[0]).toEqual([...order.slice(0, 2), 'z', ...order.slice(2)]);
  });
});

describe('editing blocks', () => {
  it('deletes a block and everything in it', () => {
    const doc = docOf(programWith([['a', 'b']]));
    deleteBlock(doc, idOf(doc, 'a'), null);
    expect(titles(doc)).toEqual([['b']]);
  });

  it('refuses impossible durations and times', () => {
    const doc = docOf(programWith([['a']]));
    const id = idOf(doc, 'a');
    expect(() => setBlockField(doc, id, 'durationMin', -1, null)).toThrow(RangeError);
    expect(() => setBlockField(doc, id, 'durationMin', 1441, null)).toThrow(RangeError);
    expect(() => setBlockField(doc, id, 'durationMin', Number.NaN, null)).toThrow(RangeError);
    expect(() => setBlockField(doc, id, 'fixedStart', 1440, null)).toThrow(RangeError);
    expect(() => setBlockField(doc, id, 'title', 'x'.repeat(501), null)).toThrow(RangeError);
    expect(readDays(doc)[0]!.blocks[0]).toMatchObject({
      durationMin: 90,
      fixedStart: null,
      title: 'a',
    });
  });

  it('orders stages and keeps each stage whole', () => {
    const doc = docOf(programWith([['a']]));
    const id = idOf(doc, 'a');
    const first = newStage('lead-in', { minutes: 10 });
    const second = newStage('input', { minutes: 30 });
    addStage(doc, id, 0, first, null);
    addStage(doc, id, 1, second, null);
    moveStage(doc, id, second.id, 0, null);
    expect(readDays(doc)[0]!.blocks[0]!.stages.map((stage) => stage.phase)).toEqual([
      'input',
      'lead-in',
    ]);
  });

  it('takes a removed co-tutor off every session', () => {
    const doc = docOf(programWith([['a', 'b']]));
    const tutor = { id: 'tutor-1', name: 'Aigerim', institution: 'ENU', role: 'co-tutor' };
    addCoTutor(doc, tutor, null);
    setFacilitator(doc, idOf(doc, 'a'), tutor.id, true, null);
    setFacilitator(doc, idOf(doc, 'b'), tutor.id, true, null);
    removeCoTutor(doc, tutor.id, null);
    expect(readProgram(doc).coTutors).toEqual([]);
    expect(readDays(doc).flatMap((day) => day.blocks.map((block) => block.facilitators))).toEqual([
      [],
      [],
    ]);
  });
});

describe('the number of days', () => {
  it('moves the blocks of removed days to the last remaining day', () => {
    const doc = docOf(programWith([['a'], ['b'], ['c', 'd']]));
    setDayCount(doc, 1, null);
    expect(titles(doc)).toEqual([['a', 'b', 'c', 'd']]);
    setDayCount(doc, 3, null);
    expect(titles(doc)).toEqual([['a', 'b', 'c', 'd'], [], []]);
    expect(() => setDayCount(doc, 0, null)).toThrow(RangeError);
    expect(() => setDayCount(doc, 15, null)).toThrow(RangeError);
    expect(programProblems(doc)).toEqual([]);
  });
});

describe('duplicating', () => {
  it('copies everything under new ids', () => {
    const doc = docOf(programWith([['a', 'b']]));
    const original = readProgram(doc);
    const copy = withFreshIds(original);
    expect(copy.id).not.toBe(original.id);
    expect(copy.days[0]!.blocks[0]!.id).not.toBe(original.days[0]!.blocks[0]!.id);
    const copyDoc = docOf(copy);
    expect(titles(copyDoc)).toEqual(titles(doc));
  });
});

describe('documents that cannot be opened as they are', () => {
  it('tells an empty document, a foreign one and one from a newer version apart', () => {
    expect(checkDocument(new Y.Doc())).toEqual({ ok: false, reason: 'empty' });
    const foreign = new Y.Doc();
    rootOf(foreign).set('schemaVersion', 1);
    expect(checkDocument(foreign)).toMatchObject({ ok: false, reason: 'not-a-program' });
    const newer = docOf(programWith([['a']]));
    rootOf(newer).set('schemaVersion', 99);
    expect(checkDocument(newer)).toEqual({ ok: false, reason: 'newer-version', version: 99 });
  });

  it('reads wrongly typed values as harmless defaults', () => {
    const doc = docOf(programWith([['a']]));
    const block = [...(rootOf(doc).get('blocks') as Y.Map<Y.Map<unknown>>).values()][0]!;
    block.set('durationMin', 'ninety');
    block.set('type', 'party');
    block.set('title', 42);
    expect(readDays(doc)[0]!.blocks[0]).toMatchObject({
      durationMin: 0,
      type: 'workshop',
      title: '',
    });
    expect(programProblems(doc)).toEqual(
      expect.arrayContaining([expect.stringContaining('durationMin')]),
    );
  });
});
