import type * as Y from 'yjs';

import { readProgram } from '../model/read';
import { BLOCK_FIELDS } from '../model/records/block';
import { CO_TUTOR_FIELDS } from '../model/records/co-tutor';
import { DAY_FIELDS } from '../model/records/day';
import { META_FIELDS } from '../model/records/program-meta';
import { STAGE_FIELDS } from '../model/records/stage';
import {
  type BlockType,
  PROGRAM_RICH_FIELDS,
  SESSION_RICH_FIELDS,
  type StagePhase,
} from '../model/schema';
import type { Block, Day, Program } from '../model/types';
import { dayDate } from '../schedule/dates';
import { scheduleDay } from '../schedule/timeline';
import {
  type FieldChange,
  listChange,
  plainFieldChanges,
  richFieldChanges,
} from './compare-fields';

export type { FieldChange, WordRun } from './compare-fields';

/**
 * What changed between two states of a program, as a trainer reads it before a
 * meeting (docs/history.md, "How compare works"): the program's settings and
 * co-tutors, then per day the sessions added, removed, moved and retimed, and
 * per session the fields that changed, with the changed words marked, and the
 * stages added, removed or changed. Start and end times come from the schedule
 * math of each state, so "moved" and "retimed" say where a trainer saw it.
 */
export type ProgramComparison = {
  settings: FieldChange[];
  coTutors: CoTutorChange[];
  /** The days of the later state in order, then the days it no longer has; only days with a change. */
  days: DayChange[];
};

export type Status = 'added' | 'removed' | 'changed';

export type CoTutorChange = {
  coTutorId: string;
  name: string;
  status: Status;
  fields: FieldChange[];
};

export type DayChange = {
  dayId: string;
  /** 1-based, in the state the day is shown from (the earlier one for a removed day). */
  number: number;
  date: string;
  status: Status;
  /** The day's start and planned end, when they changed. */
  times: FieldChange[];
  sessions: SessionChange[];
};

/** Where a session sits in one state: its day and its computed times (minutes after that day's midnight). */
export type Slot = { dayId: string; dayNumber: number; start: number; end: number };

export type Timing = { durationMin: number; fixedStart: number | null };

export type SessionChange = {
  blockId: string;
  /** The later title, or the earlier one of a removed session. */
  title: string;
  type: BlockType;
  status: Status;
  /** Where it is in the later state (the earlier one for a removed session). */
  slot: Slot;
  /** Put on another day, or in another order among the sessions it kept its day with. */
  moved: { from: Slot; to: Slot } | null;
  /** Its duration or fixed start changed. */
  retimed: { before: Timing; after: Timing } | null;
  fields: FieldChange[];
  stages: StageChange[];
};

export type StageChange = {
  stageId: string;
  phase: StagePhase;
  status: Status;
  fields: FieldChange[];
};

type Placed = { block: Block; day: Day; slot: Slot };

const TIMING = new Set(['durationMin', 'fixedStart']);

/** Compares two program documents (either may be an old version, decoded into its own Y.Doc). */
export function compareProgramStates(before: Y.Doc, after: Y.Doc): ProgramComparison {
  const from = readProgram(before);
  const to = readProgram(after);
  return {
    settings: [
      ...plainFieldChanges(META_FIELDS, from.meta, to.meta),
      ...richFieldChanges(PROGRAM_RICH_FIELDS, from.text, to.text),
    ],
    coTutors: coTutorChanges(from, to),
    days: dayChanges(from, to),
  };
}

/** How many changes a comparison holds, as "n changes since" counts them. */
export function countChanges(comparison: ProgramComparison): number {
  const records = (list: { status: Status; fields: FieldChange[] }[]) =>
    list.reduce((sum, item) => sum + (item.status === 'changed' ? item.fields.length : 1), 0);
  let count = comparison.settings.length + records(comparison.coTutors);
  for (const day of comparison.days) {
    count += day.status === 'changed' ? day.times.length : 1;
    for (const session of day.sessions) {
      if (session.status !== 'changed') count += 1;
      else
        count +=
          (session.moved === null ? 0 : 1) +
          (session.retimed === null ? 0 : 1) +
          session.fields.length +
          records(session.stages);
    }
  }
  return count;
}

function coTutorChanges(from: Program, to: Program): CoTutorChange[] {
  const earlier = new Map(from.coTutors.map((tutor) => [tutor.id, tutor]));
  const later = new Set(to.coTutors.map((tutor) => tutor.id));
  const changes: CoTutorChange[] = [];
  for (const tutor of to.coTutors) {
    const old = earlier.get(tutor.id);
    const base = { coTutorId: tutor.id, name: tutor.name };
    if (old === undefined) changes.push({ ...base, status: 'added', fields: [] });
    else {
      const fields = plainFieldChanges(CO_TUTOR_FIELDS, old, tutor);
      if (fields.length > 0) changes.push({ ...base, status: 'changed', fields });
    }
  }
  for (const tutor of from.coTutors) {
    if (!later.has(tutor.id))
      changes.push({ coTutorId: tutor.id, name: tutor.name, status: 'removed', fields: [] });
  }
  return changes;
}

function dayChanges(from: Program, to: Program): DayChange[] {
  const earlier = placements(from);
  const later = placements(to);
  const names = new Map([...from.coTutors, ...to.coTutors].map((tutor) => [tutor.id, tutor.name]));
  const facilitatorNames = (block: Block) => block.facilitators.map((id) => names.get(id) ?? '');
  const earlierDays = new Map(from.days.map((day, index) => [day.id, { day, index }]));
  const laterDays = new Set(to.days.map((day) => day.id));
  const changes: DayChange[] = [];

  to.days.forEach((day, index) => {
    const old = earlierDays.get(day.id)?.day;
    const reordered = movedInOrder(day, old);
    const sessions: SessionChange[] = [];
    for (const block of day.blocks) {
      const now = later.get(block.id)!;
      const was = earlier.get(block.id);
      if (was === undefined) {
        sessions.push(entry(block, now.slot, 'added'));
        continue;
      }
      const change = sessionChange(was, now, reordered.has(block.id), facilitatorNames);
      if (change !== null) sessions.push(change);
    }
    for (const block of old?.blocks ?? []) {
      if (!later.has(block.id)) sessions.push(entry(block, earlier.get(block.id)!.slot, 'removed'));
    }
    const times = old === undefined ? [] : plainFieldChanges(DAY_FIELDS, old, day);
    const status: Status = old === undefined ? 'added' : 'changed';
    if (status === 'added' || times.length > 0 || sessions.length > 0)
      changes.push({ ...dayHeading(to, day, index), status, times, sessions });
  });

  for (const [id, { day, index }] of earlierDays) {
    if (laterDays.has(id)) continue;
    const sessions = day.blocks
      .filter((block) => !later.has(block.id))
      .map((block) => entry(block, earlier.get(block.id)!.slot, 'removed'));
    changes.push({ ...dayHeading(from, day, index), status: 'removed', times: [], sessions });
  }
  return changes;
}

function sessionChange(
  was: Placed,
  now: Placed,
  reordered: boolean,
  facilitatorNames: (block: Block) => string[],
): SessionChange | null {
  const before = was.block;
  const after = now.block;
  const moved = was.day.id !== now.day.id || reordered ? { from: was.slot, to: now.slot } : null;
  const retimed =
    before.durationMin !== after.durationMin || before.fixedStart !== after.fixedStart
      ? { before: timing(before), after: timing(after) }
      : null;
  const facilitators = listChange(facilitatorNames(before), facilitatorNames(after));
  const fields = [
    ...plainFieldChanges(BLOCK_FIELDS, before, after, TIMING),
    ...(facilitators === null ? [] : [{ field: 'facilitators', ...facilitators }]),
    ...richFieldChanges(SESSION_RICH_FIELDS, before.text, after.text),
  ];
  const stages = stageChanges(before, after);
  if (moved === null && retimed === null && fields.length === 0 && stages.length === 0) return null;
  return { ...entry(after, now.slot, 'changed'), moved, retimed, fields, stages };
}

function stageChanges(before: Block, after: Block): StageChange[] {
  const earlier = new Map(before.stages.map((stage) => [stage.id, stage]));
  const later = new Set(after.stages.map((stage) => stage.id));
  const changes: StageChange[] = [];
  for (const stage of after.stages) {
    const old = earlier.get(stage.id);
    const base = { stageId: stage.id, phase: stage.phase };
    if (old === undefined) changes.push({ ...base, status: 'added', fields: [] });
    else {
      const fields = plainFieldChanges(STAGE_FIELDS, old, stage);
      if (fields.length > 0) changes.push({ ...base, status: 'changed', fields });
    }
  }
  for (const stage of before.stages) {
    if (!later.has(stage.id))
      changes.push({ stageId: stage.id, phase: stage.phase, status: 'removed', fields: [] });
  }
  return changes;
}

/**
 * The sessions that stayed on this day but changed their order among the others
 * that stayed: those outside the longest run kept in order. Sessions that only
 * start later because one before them was added, removed or lengthened are not
 * moved; that is the other session's change.
 */
function movedInOrder(day: Day, old: Day | undefined): Set<string> {
  if (old === undefined) return new Set();
  const stayed = new Set(old.blocks.map((block) => block.id));
  const now = day.blocks.map((block) => block.id).filter((id) => stayed.has(id));
  const kept = new Set(now);
  const was = old.blocks.map((block) => block.id).filter((id) => kept.has(id));
  const inOrder = longestCommonRun(was, now);
  return new Set(now.filter((id) => !inOrder.has(id)));
}

function longestCommonRun(a: readonly string[], b: readonly string[]): Set<string> {
  const lengths = Array.from({ length: a.length + 1 }, () =>
    new Array<number>(b.length + 1).fill(0),
  );
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lengths[i]![j] =
        a[i] === b[j]
          ? lengths[i + 1]![j + 1]! + 1
          : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const common = new Set<string>();
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    if (a[i] === b[j]) {
      common.add(a[i]!);
      i++;
      j++;
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i++;
    else j++;
  }
  return common;
}

/** Every block of a state with its day and computed times. */
function placements(program: Program): Map<string, Placed> {
  const placed = new Map<string, Placed>();
  program.days.forEach((day, index) => {
    const schedule = scheduleDay(day, day.blocks);
    day.blocks.forEach((block, position) => {
      const times = schedule.blocks[position]!;
      placed.set(block.id, {
        block,
        day,
        slot: { dayId: day.id, dayNumber: index + 1, start: times.start, end: times.end },
      });
    });
  });
  return placed;
}

function dayHeading(program: Program, day: Day, index: number) {
  return { dayId: day.id, number: index + 1, date: dayDate(program.meta.startDate, index) };
}

function entry(block: Block, slot: Slot, status: Status): SessionChange {
  return {
    blockId: block.id,
    title: block.title,
    type: block.type,
    status,
    slot,
    moved: null,
    retimed: null,
    fields: [],
    stages: [],
  };
}

function timing(block: Block): Timing {
  return { durationMin: block.durationMin, fixedStart: block.fixedStart };
}
