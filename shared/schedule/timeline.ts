import { LIMITS } from '../model/schema';

/**
 * The computed timetable of one day. Start times follow from the day's start and
 * the durations before each block; a fixed-time block keeps its time, and the gap
 * or overlap before it is reported instead of hidden.
 */

export type TimedBlock = {
  id: string;
  durationMin: number;
  fixedStart: number | null;
  /** Minutes it ran over (below 0: short) on the day it was delivered; absent is 0. */
  overrunMin?: number;
};

export type ScheduledBlock = {
  id: string;
  /** Minutes after the day's midnight; may pass 1440 when a day runs past midnight. */
  start: number;
  end: number;
  fixed: boolean;
  /** Free minutes before a fixed-time block, after the previous block ended. */
  gapBefore: number;
  /** Minutes by which the previous block runs into a fixed-time block. */
  overlapBefore: number;
};

export type DaySchedule = {
  blocks: ScheduledBlock[];
  start: number;
  end: number;
  plannedEnd: number;
  /** Minutes past the planned end, 0 when the day fits. */
  overrun: number;
  pastMidnight: boolean;
};

const DAY = LIMITS.minutesPerDay;

export function scheduleDay(
  day: { startMin: number; plannedEndMin: number },
  blocks: readonly TimedBlock[],
): DaySchedule {
  let cursor = day.startMin;
  const scheduled: ScheduledBlock[] = [];
  for (const block of blocks) {
    let start = cursor;
    let gapBefore = 0;
    let overlapBefore = 0;
    if (block.fixedStart !== null) {
      start = nearestOccurrence(block.fixedStart, cursor);
      gapBefore = Math.max(0, start - cursor);
      overlapBefore = Math.max(0, cursor - start);
    }
    // What was delivered, not only what was planned: a block that ran over
    // pushes everything after it, up to the next fixed-time block.
    const end = start + Math.max(0, block.durationMin + (block.overrunMin ?? 0));
    scheduled.push({
      id: block.id,
      start,
      end,
      fixed: block.fixedStart !== null,
      gapBefore,
      overlapBefore,
    });
    // After an overlap the day goes on from whichever block ends last.
    cursor = Math.max(cursor, end);
  }
  const plannedEnd =
    day.plannedEndMin <= day.startMin ? day.plannedEndMin + DAY : day.plannedEndMin;
  const end = scheduled.reduce((latest, block) => Math.max(latest, block.end), day.startMin);
  return {
    blocks: scheduled,
    start: day.startMin,
    end,
    plannedEnd,
    overrun: Math.max(0, end - plannedEnd),
    pastMidnight: end > DAY,
  };
}

/**
 * A fixed time of day names the occurrence closest to where the day has got to:
 * 00:30 after a block ending at 23:40 is the next morning, 08:30 when the day is
 * at 09:00 is an overlap the same morning.
 */
function nearestOccurrence(clock: number, cursor: number): number {
  const base = Math.floor(cursor / DAY) * DAY + clock;
  const candidates = [base - DAY, base, base + DAY].filter((candidate) => candidate >= 0);
  return candidates.reduce((best, candidate) =>
    Math.abs(candidate - cursor) < Math.abs(best - cursor) ? candidate : best,
  );
}
