import {
  BLOCK_TYPES,
  type BlockType,
  isBreakType,
  LEARNING_TYPES,
  type LearningType,
} from '../model/schema';
import type { Day } from '../model/types';

export type DayTotals = { sessionMin: number; breakMin: number };

/** Minutes of sessions and of breaks in a day. */
export function dayTotals(day: Pick<Day, 'blocks'>): DayTotals {
  let sessionMin = 0;
  let breakMin = 0;
  for (const block of day.blocks) {
    if (isBreakType(block.type)) breakMin += block.durationMin;
    else sessionMin += block.durationMin;
  }
  return { sessionMin, breakMin };
}

/** Minutes per block type over the whole week, every type present (zero when unused). */
export function minutesByType(days: readonly Pick<Day, 'blocks'>[]): Record<BlockType, number> {
  const totals = Object.fromEntries(BLOCK_TYPES.map((type) => [type, 0])) as Record<
    BlockType,
    number
  >;
  for (const day of days) for (const block of day.blocks) totals[block.type] += block.durationMin;
  return totals;
}

/** Minutes per learning type over the week, from the stages of every session plan. */
export function minutesByLearningType(
  days: readonly Pick<Day, 'blocks'>[],
): Record<LearningType, number> {
  const totals = Object.fromEntries(LEARNING_TYPES.map((type) => [type, 0])) as Record<
    LearningType,
    number
  >;
  for (const day of days) {
    for (const block of day.blocks)
      for (const stage of block.stages) totals[stage.learningType] += stage.minutes;
  }
  return totals;
}

/** Stage minutes minus the session's duration: positive when the stages run over. */
export function stagesMismatch(block: {
  durationMin: number;
  stages: readonly { minutes: number }[];
}): number {
  if (block.stages.length === 0) return 0;
  return block.stages.reduce((sum, stage) => sum + stage.minutes, 0) - block.durationMin;
}
