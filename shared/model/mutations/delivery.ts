import type * as Y from 'yjs';

import { scheduleDay } from '../../schedule/timeline';
import { blockOf, requireParts } from '../layout';
import { readDays } from '../read';
import { BLOCK_FIELDS, DAY_FIELDS, setStored, storedField } from '../records';
import { isBreakType, LIMITS } from '../schema';

/**
 * Changes made while a day is delivered (docs/today.md). A delay is stored as
 * the block's `overrunMin`, the minutes it ran over, never as a change of its
 * planned length: the stages still add up to the plan, the history shows the
 * day as it went, and every start after it follows through the timeline, up to
 * the next fixed-time block, which keeps its time and shows any overlap.
 */

/**
 * Puts the rest of a day back by `minutes` as of `atMin` (minutes after the
 * day's midnight): the block in progress runs over by that much; between
 * blocks, the one that ended last does; before the first block, the day starts
 * later. Returns false when nothing is left of the day to put back.
 */
export function runLate(
  doc: Y.Doc,
  dayId: string,
  atMin: number,
  minutes: number,
  origin: unknown,
): boolean {
  const day = readDays(doc).find((candidate) => candidate.id === dayId);
  if (day === undefined || minutes <= 0) return false;
  const schedule = scheduleDay(day, day.blocks);
  const timed = schedule.blocks.filter((block) => block.end > block.start);
  if (!timed.some((block) => block.end > atMin)) return false;
  if (timed.every((block) => block.start > atMin)) {
    const startMin = storedField(DAY_FIELDS, 'startMin', Math.min(day.startMin + minutes, 1439));
    doc.transact(() => {
      const record = requireParts(doc).days.get(dayId);
      if (record !== undefined) setStored(record, 'startMin', startMin);
    }, origin);
    return true;
  }
  // The block in progress (the one that began last, where a fixed-time block
  // overlaps another), or else the one that ended last before now.
  const running = timed.filter((block) => block.start <= atMin && block.end > atMin);
  const late =
    running.length > 0
      ? running.reduce((latest, block) => (block.start >= latest.start ? block : latest))
      : timed
          .filter((block) => block.end <= atMin)
          .reduce((latest, block) => (block.end >= latest.end ? block : latest));
  const overrun = day.blocks.find((block) => block.id === late.id)?.overrunMin ?? 0;
  return setOverrun(doc, late.id, Math.min(overrun + minutes, LIMITS.minutesPerDay), origin);
}

/**
 * Takes `minutes` off the next break or lunch of a day that has not ended by
 * `atMin` (one in progress counts), never below nothing. Returns false when the
 * day has no such break left.
 */
export function shortenNextBreak(
  doc: Y.Doc,
  dayId: string,
  atMin: number,
  minutes: number,
  origin: unknown,
): boolean {
  const day = readDays(doc).find((candidate) => candidate.id === dayId);
  if (day === undefined || minutes <= 0) return false;
  const times = new Map(scheduleDay(day, day.blocks).blocks.map((block) => [block.id, block]));
  const next = day.blocks.find((block) => {
    const time = times.get(block.id);
    return (
      isBreakType(block.type) && time !== undefined && time.end > atMin && time.end > time.start
    );
  });
  if (next === undefined) return false;
  const length = Math.max(0, next.durationMin + next.overrunMin);
  return setOverrun(doc, next.id, next.overrunMin - Math.min(minutes, length), origin);
}

function setOverrun(doc: Y.Doc, blockId: string, overrunMin: number, origin: unknown): boolean {
  const stored = storedField(BLOCK_FIELDS, 'overrunMin', overrunMin);
  doc.transact(() => {
    const block = blockOf(doc, blockId);
    if (block !== null) setStored(block, 'overrunMin', stored);
  }, origin);
  return true;
}
