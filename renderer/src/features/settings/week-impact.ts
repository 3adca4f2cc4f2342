import type { Day } from '../../../../shared/model/types';

/**
 * What a change to the week would touch, so that the form can ask before it
 * moves or takes away anything a co-tutor planned.
 */

export type DayRemoval = {
  /** 1-based numbers of the days that would go and hold blocks. */
  dayNumbers: number[];
  /** How many blocks would move to the last remaining day. */
  blocks: number;
};

/** The blocks that setDayCount(count) would move, or null when nothing moves. */
export function dayRemovalImpact(days: readonly Day[], count: number): DayRemoval | null {
  const removed = days.slice(Math.max(count, 0));
  const dayNumbers: number[] = [];
  let blocks = 0;
  removed.forEach((day, offset) => {
    if (day.blocks.length === 0) return;
    dayNumbers.push(count + offset + 1);
    blocks += day.blocks.length;
  });
  return blocks === 0 ? null : { dayNumbers, blocks };
}

/** How many blocks of the week a co-tutor facilitates. */
export function sessionsFacilitatedBy(days: readonly Day[], coTutorId: string): number {
  let count = 0;
  for (const day of days) {
    for (const block of day.blocks) if (block.facilitators.includes(coTutorId)) count++;
  }
  return count;
}
