import {
  INTERACTION_PATTERNS,
  type InteractionPattern,
  isBreakType,
  LEARNING_TYPES,
  type LearningType,
  SESSION_TYPES,
} from '../model/schema';
import type { Block, Day, SessionText } from '../model/types';
import { scheduleDay } from '../schedule/timeline';
import { COVERAGE_KEYS, type CoverageColumn, coveredColumns } from './coverage';

/**
 * The balance of a week (docs/balance.md): where its minutes go by learning
 * type, interaction pattern and session type, and which parts of a session plan
 * each session has written. Pure and read from the plain program, so the view,
 * the PDF and the Word file show the same figures.
 */

export type SessionType = (typeof SESSION_TYPES)[number];

/** A session (never a break) as the figures point to it. */
export type SessionRef = {
  blockId: string;
  dayIndex: number;
  /** Minutes after the day's midnight, from the day's timetable. */
  start: number;
  title: string;
  type: SessionType;
};

/** Minutes of one bar or segment, and the sessions they come from. */
export type Segment = { minutes: number; blockIds: string[] };

export type DayBalance = {
  dayId: string;
  dayIndex: number;
  learningTypes: Record<LearningType, Segment>;
  /** Minutes of the day's stages, every learning type together. */
  stageMin: number;
  /** Minutes of the day's sessions, breaks left out. */
  sessionMin: number;
};

export type CoverageRow = { blockId: string; covered: Record<CoverageColumn, boolean> };

export type Balance = {
  sessions: SessionRef[];
  learningTypes: Record<LearningType, Segment>;
  interactions: Record<InteractionPattern, Segment>;
  sessionTypes: Record<SessionType, Segment>;
  days: DayBalance[];
  stageMin: number;
  sessionMin: number;
  coverage: { rows: CoverageRow[]; totals: Record<CoverageColumn, number> };
};

/** The program as the balance reads it: its days, blocks, stages and session-plan text. */
export type BalanceSource = { days: readonly BalanceDay[] };
export type BalanceDay = Pick<Day, 'id' | 'startMin' | 'plannedEndMin'> & {
  blocks: readonly BalanceBlock[];
};
export type BalanceBlock = Pick<
  Block,
  'id' | 'type' | 'title' | 'durationMin' | 'fixedStart' | 'stages'
> & { text: SessionText };

export function balance(program: BalanceSource): Balance {
  const learningTypes = segments(LEARNING_TYPES);
  const interactions = segments(INTERACTION_PATTERNS);
  const sessionTypes = segments(SESSION_TYPES);
  const sessions: SessionRef[] = [];
  const rows: CoverageRow[] = [];
  const totals = Object.fromEntries(COVERAGE_KEYS.map((column) => [column, 0])) as Record<
    CoverageColumn,
    number
  >;
  let stageMin = 0;
  let sessionMin = 0;

  const days = program.days.map((day, dayIndex): DayBalance => {
    const schedule = new Map(scheduleDay(day, day.blocks).blocks.map((b) => [b.id, b.start]));
    const dayTypes = segments(LEARNING_TYPES);
    let dayStageMin = 0;
    let daySessionMin = 0;
    for (const block of day.blocks) {
      if (isBreakType(block.type)) continue;
      sessions.push({
        blockId: block.id,
        dayIndex,
        start: schedule.get(block.id) ?? day.startMin,
        title: block.title,
        type: block.type,
      });
      daySessionMin += block.durationMin;
      add(sessionTypes[block.type], block.id, block.durationMin);
      for (const stage of block.stages) {
        dayStageMin += stage.minutes;
        add(learningTypes[stage.learningType], block.id, stage.minutes);
        add(dayTypes[stage.learningType], block.id, stage.minutes);
        add(interactions[stage.interaction], block.id, stage.minutes);
      }
      const covered = coveredColumns(block.text);
      for (const column of COVERAGE_KEYS) if (covered[column]) totals[column] += 1;
      rows.push({ blockId: block.id, covered });
    }
    stageMin += dayStageMin;
    sessionMin += daySessionMin;
    return {
      dayId: day.id,
      dayIndex,
      learningTypes: dayTypes,
      stageMin: dayStageMin,
      sessionMin: daySessionMin,
    };
  });

  return {
    sessions,
    learningTypes,
    interactions,
    sessionTypes,
    days,
    stageMin,
    sessionMin,
    coverage: { rows, totals },
  };
}

function segments<K extends string>(keys: readonly K[]): Record<K, Segment> {
  const empty = (key: K): [K, Segment] => [key, { minutes: 0, blockIds: [] }];
  return Object.fromEntries(keys.map(empty)) as Record<K, Segment>;
}

/** A stage of no minutes adds nothing to a bar, and so no session to its list. */
function add(segment: Segment, blockId: string, minutes: number): void {
  if (minutes <= 0) return;
  segment.minutes += minutes;
  if (segment.blockIds[segment.blockIds.length - 1] !== blockId) segment.blockIds.push(blockId);
}
