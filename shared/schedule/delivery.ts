import { dayDate } from './dates';
import { type DaySchedule, scheduleDay, type ScheduledBlock, type TimedBlock } from './timeline';

/**
 * Where a day being delivered has got to at one instant: the block in progress,
 * its stage and what is left of it, and the block that comes next. Times of the
 * schedule are minutes after the day's midnight; the instant is in seconds, so
 * that a countdown can show them.
 */

export type DeliveredBlock = TimedBlock & { stages: readonly { id: string; minutes: number }[] };

/** Green while more than a fifth of the time is left, amber from there, red from the last twentieth. */
export type CountdownTone = 'green' | 'amber' | 'red';

export type StageNow = {
  index: number;
  id: string;
  /** Seconds after midnight. */
  start: number;
  end: number;
  remaining: number;
  tone: CountdownTone;
};

export type BlockNow = {
  block: ScheduledBlock;
  /** Seconds left of the block. */
  remaining: number;
  tone: CountdownTone;
  /** Null when the stages are all done (the block ran over) or it has none. */
  stage: StageNow | null;
};

export type DayMoment = {
  schedule: DaySchedule;
  current: BlockNow | null;
  next: ScheduledBlock | null;
};

/** The share of a countdown's time left at which it turns amber, and red. */
export const AMBER = 0.2;
export const RED = 0.05;

export function countdownTone(remainingSeconds: number, totalSeconds: number): CountdownTone {
  if (totalSeconds <= 0) return 'red';
  const left = remainingSeconds / totalSeconds;
  return left <= RED ? 'red' : left <= AMBER ? 'amber' : 'green';
}

/** The 0-based index of the program day on a date, or null outside the week. */
export function programDayIndex(startDate: string, dayCount: number, date: string): number | null {
  for (let index = 0; index < dayCount; index++) {
    if (dayDate(startDate, index) === date) return index;
  }
  return null;
}

export function dayMoment(
  day: { startMin: number; plannedEndMin: number },
  blocks: readonly DeliveredBlock[],
  atSeconds: number,
): DayMoment {
  const schedule = scheduleDay(day, blocks);
  const byId = new Map(blocks.map((block) => [block.id, block]));
  // Where a block overlaps a fixed-time one, the one that began last is what the room is doing.
  let current: ScheduledBlock | null = null;
  let next: ScheduledBlock | null = null;
  for (const block of schedule.blocks) {
    const start = block.start * 60;
    if (start <= atSeconds && atSeconds < block.end * 60) {
      if (current === null || block.start >= current.start) current = block;
    } else if (start > atSeconds && (next === null || block.start < next.start)) {
      next = block;
    }
  }
  if (current === null) return { schedule, current: null, next };
  const total = (current.end - current.start) * 60;
  const remaining = current.end * 60 - atSeconds;
  return {
    schedule,
    current: {
      block: current,
      remaining,
      tone: countdownTone(remaining, total),
      stage: stageAt(current, byId.get(current.id)?.stages ?? [], atSeconds),
    },
    next,
  };
}

/** The stages run back to back from the block's start, as the stages table plans them. */
function stageAt(
  block: ScheduledBlock,
  stages: readonly { id: string; minutes: number }[],
  atSeconds: number,
): StageNow | null {
  let start = block.start * 60;
  for (const [index, stage] of stages.entries()) {
    const end = start + stage.minutes * 60;
    if (start <= atSeconds && atSeconds < end) {
      const remaining = end - atSeconds;
      return {
        index,
        id: stage.id,
        start,
        end,
        remaining,
        tone: countdownTone(remaining, end - start),
      };
    }
    start = end;
  }
  return null;
}
