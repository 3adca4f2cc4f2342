import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { createProgram } from '../../shared/model/create';
import { blankProgram, newBlock, newDay, newStage } from '../../shared/model/defaults';
import { programProblems } from '../../shared/model/invariants';
import { requireParts } from '../../shared/model/layout';
import { setBlockField } from '../../shared/model/mutations/blocks';
import { setCoTutorField } from '../../shared/model/mutations/co-tutors';
import { setDayTimes, setMetaField } from '../../shared/model/mutations/program';
import { setStageField } from '../../shared/model/mutations/stages';
import { readCoTutors, readDays, readMeta } from '../../shared/model/read';
import { BLOCK_FIELDS, type BlockField, type BlockValues } from '../../shared/model/records/block';
import { CO_TUTOR_FIELDS } from '../../shared/model/records/co-tutor';
import { DAY_FIELDS } from '../../shared/model/records/day';
import { type Field } from '../../shared/model/records/field';
import { META_FIELDS, type ProgramMeta } from '../../shared/model/records/program-meta';
import { STAGE_FIELDS, type StageValues } from '../../shared/model/records/stage';
import { fieldKeys, type FieldTable } from '../../shared/model/records/table';
import { restoreMissingFields } from '../../shared/model/restore-fields';
import { scheduleDay } from '../../shared/schedule/timeline';
import { dayTotals } from '../../shared/schedule/totals';

/** A one-day program: three sessions from 09:00, the last with one stage, and one co-tutor. */
function program() {
  const stage = newStage('input', { minutes: 20 });
  const blocks = [
    newBlock('workshop', { title: 'A', durationMin: 60 }),
    newBlock('workshop', { title: 'B', durationMin: 30 }),
    newBlock('input', { title: 'C', durationMin: 45, stages: [stage] }),
  ];
  const plan = blankProgram({ title: 'Week' }, 1);
  plan.days = [newDay({ startMin: 9 * 60, plannedEndMin: 17 * 60, blocks })];
  plan.coTutors = [{ id: 'tutor-1', name: 'Aigerim', institution: 'ENU', role: 'lead' }];
  const doc = new Y.Doc();
  createProgram(doc, plan);
  const [a, b, c] = blocks.map((block) => block.id) as [string, string, string];
  return { doc, dayId: plan.days[0]!.id, a, b, c, stageId: stage.id, tutorId: 'tutor-1' };
}

/** A replica of another client, which writes whatever it likes straight into its maps. */
function foreignReplica(doc: Y.Doc): Y.Doc {
  const foreign = new Y.Doc();
  Y.applyUpdate(foreign, Y.encodeStateAsUpdate(doc));
  return foreign;
}

describe('values written by an old or foreign client', () => {
  it('are reported by programProblems and never reach the start times or totals', () => {
    const { doc, dayId, a, b, c, stageId } = program();
    const foreign = foreignReplica(doc);
    const { blocks, days } = requireParts(foreign);
    foreign.transact(() => {
      blocks.get(a)!.set('durationMin', 5000);
      blocks.get(b)!.set('durationMin', -3);
      blocks.get(c)!.set('durationMin', 'ninety');
      blocks.get(c)!.set('type', 'party');
      blocks.get(c)!.set('fixedStart', 2000);
      (blocks.get(c)!.get('stages') as Y.Map<Y.Map<unknown>>).get(stageId)!.set('minutes', 5000);
      days.get(dayId)!.set('startMin', -30);
    });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(foreign, Y.encodeStateVector(doc)));

    expect(programProblems(doc).sort()).toEqual(
      [
        `block ${a} field durationMin is out of range`,
        `block ${b} field durationMin is out of range`,
        `block ${c} field durationMin is invalid`,
        `block ${c} field type is invalid`,
        `block ${c} field fixedStart is out of range`,
        `block ${c} stage ${stageId} field minutes is out of range`,
        `day ${dayId} field startMin is out of range`,
      ].sort(),
    );

    // The readers bring each value to the nearest one the writer allows (or the
    // field's default), so the schedule is computed from sane minutes only.
    const day = readDays(doc)[0]!;
    expect(day.startMin).toBe(0);
    expect(
      day.blocks.map((block) => [block.title, block.durationMin, block.type, block.fixedStart]),
    ).toEqual([
      ['A', 1440, 'workshop', null],
      ['B', 0, 'workshop', null],
      ['C', 0, 'workshop', 1439],
    ]);
    expect(day.blocks[2]!.stages[0]!.minutes).toBe(1440);
    const schedule = scheduleDay(day, day.blocks);
    expect(schedule.blocks.map((block) => [block.start, block.end])).toEqual([
      [0, 1440],
      [1440, 1440],
      [1439, 1439],
    ]);
    expect(dayTotals(day)).toEqual({ sessionMin: 1440, breakMin: 0 });

    // Whatever was read can be written back unchanged: the reader's values pass the writer's guards.
    setDayTimes(doc, dayId, day, null);
    for (const block of day.blocks) {
      for (const field of fieldKeys(BLOCK_FIELDS))
        setBlockField(doc, block.id, field, block[field], null);
      for (const stage of block.stages) {
        for (const field of fieldKeys(STAGE_FIELDS))
          setStageField(doc, block.id, stage.id, field, stage[field], null);
      }
    }
    expect(programProblems(doc)).toEqual([]);
  });
});

/** How the test reaches one record of each kind: its stored map, its reader, its writer. */
type RecordKind = {
  name: string;
  table: FieldTable;
  problemPrefix: string;
  stored: () => Y.Map<unknown>;
  read: () => Record<string, unknown>;
  write: (field: string, value: unknown) => void;
  /** Whether restoreMissingFields fills this kind (the records an undo can bring back). */
  restorable: boolean;
};

function recordKinds(): { doc: Y.Doc; kinds: RecordKind[] } {
  const { doc, dayId, c, stageId, tutorId } = program();
  const parts = requireParts(doc);
  const block = () => parts.blocks.get(c)!;
  const stage = () => (block().get('stages') as Y.Map<Y.Map<unknown>>).get(stageId)!;
  const day = () => readDays(doc)[0]!;
  const kinds: RecordKind[] = [
    {
      name: 'program meta',
      table: META_FIELDS,
      problemPrefix: 'program meta',
      stored: () => parts.meta,
      read: () => readMeta(doc),
      write: (field, value) =>
        setMetaField(
          doc,
          field as keyof ProgramMeta,
          value as ProgramMeta[keyof ProgramMeta],
          null,
        ),
      restorable: false,
    },
    {
      name: 'co-tutor',
      table: CO_TUTOR_FIELDS,
      problemPrefix: `co-tutor ${tutorId}`,
      stored: () => parts.coTutors.get(tutorId)!,
      read: () => readCoTutors(doc)[0]!,
      write: (field, value) =>
        setCoTutorField(doc, tutorId, field as 'name', value as string, null),
      restorable: true,
    },
    {
      name: 'day',
      table: DAY_FIELDS,
      problemPrefix: `day ${dayId}`,
      stored: () => parts.days.get(dayId)!,
      read: day,
      write: (field, value) =>
        setDayTimes(doc, dayId, { ...day(), [field]: value as number }, null),
      restorable: true,
    },
    {
      name: 'block',
      table: BLOCK_FIELDS,
      problemPrefix: `block ${c}`,
      stored: block,
      read: () => day().blocks[2]!,
      write: (field, value) =>
        setBlockField(doc, c, field as BlockField, value as BlockValues[BlockField], null),
      restorable: true,
    },
    {
      name: 'stage',
      table: STAGE_FIELDS,
      problemPrefix: `block ${c} stage ${stageId}`,
      stored: stage,
      read: () => day().blocks[2]!.stages[0]!,
      write: (field, value) =>
        setStageField(
          doc,
          c,
          stageId,
          field as keyof StageValues,
          value as StageValues[keyof StageValues],
          null,
        ),
      restorable: true,
    },
  ];
  return { doc, kinds };
}

/** A value the writer accepts, at the edge of the field's range where it has one. */
function acceptedValue(field: Field<unknown>): unknown {
  switch (field.kind) {
    case 'text':
      return 'x'.repeat(field.max ?? 1);
    case 'text-list':
      return ['Қазақша', 'x'.repeat(field.max ?? 1)];
    case 'choice':
      return field.options?.at(-1);
    case 'integer':
      return field.max;
  }
}

/** Values the writer refuses. */
function refusedValues(field: Field<unknown>): unknown[] {
  switch (field.kind) {
    case 'text':
      return ['x'.repeat((field.max ?? 0) + 1)];
    case 'text-list':
      return [['x'.repeat((field.max ?? 0) + 1)]];
    case 'choice':
      return ['no-such-word'];
    case 'integer':
      return [(field.max ?? 0) + 1, (field.min ?? 0) - 1, 1.5, Number.NaN];
  }
}

describe('one table per record kind', () => {
  it('creates and reads every field of every table', () => {
    const { doc, kinds } = recordKinds();
    for (const kind of kinds) {
      expect([...kind.stored().keys()], kind.name).toEqual(
        expect.arrayContaining(fieldKeys(kind.table)),
      );
      expect(Object.keys(kind.read()), kind.name).toEqual(
        expect.arrayContaining(fieldKeys(kind.table)),
      );
    }
    expect(programProblems(doc)).toEqual([]);
  });

  it('writes and reads back every field at the edge of its range, and refuses what lies beyond', () => {
    const { doc, kinds } = recordKinds();
    for (const kind of kinds) {
      for (const key of fieldKeys(kind.table)) {
        const field = kind.table[key]!;
        const accepted = acceptedValue(field);
        kind.write(key, accepted);
        expect(kind.read()[key], `${kind.name}.${key}`).toEqual(accepted);
        for (const refused of refusedValues(field)) {
          expect(
            () => kind.write(key, refused),
            `${kind.name}.${key} = ${String(refused)}`,
          ).toThrow(RangeError);
          expect(kind.read()[key], `${kind.name}.${key}`).toEqual(accepted);
        }
      }
    }
    expect(programProblems(doc)).toEqual([]);
  });

  it('reports every field holding a wrong type or missing, reads it as the default, and restores it after an undo', () => {
    const { doc, kinds } = recordKinds();
    for (const kind of kinds) {
      for (const key of fieldKeys(kind.table)) {
        const field = kind.table[key]!;
        const where = `${kind.name}.${key}`;
        kind.stored().set(key, true);
        expect(programProblems(doc), where).toEqual([
          `${kind.problemPrefix} field ${key} is invalid`,
        ]);
        expect(kind.read()[key], where).toEqual(field.fallback);

        kind.stored().delete(key);
        expect(programProblems(doc), where).toEqual([
          `${kind.problemPrefix} field ${key} is invalid`,
        ]);
        expect(kind.read()[key], where).toEqual(field.fallback);
        if (kind.restorable) {
          expect(restoreMissingFields(doc, null), where).toBe(true);
          expect(kind.read()[key], where).toEqual(field.fallback);
        } else {
          kind.write(key, field.initial);
        }
        expect(programProblems(doc), where).toEqual([]);
      }
    }
  });
});
