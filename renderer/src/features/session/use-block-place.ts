import { dayDate } from '../../../../shared/schedule/dates';
import { scheduleDay } from '../../../../shared/schedule/timeline';
import { useDays, useMeta } from '../../program';

export type BlockPlace = { dayNumber: number; date: string; start: number; end: number };

/** Which day a block is on and when it runs, as computed by the week's schedule. */
export function useBlockPlace(blockId: string): BlockPlace | null {
  const days = useDays();
  const { startDate } = useMeta();
  for (const [index, day] of days.entries()) {
    const scheduled = scheduleDay(day, day.blocks).blocks.find((block) => block.id === blockId);
    if (scheduled !== undefined) {
      return {
        dayNumber: index + 1,
        date: dayDate(startDate, index),
        start: scheduled.start,
        end: scheduled.end,
      };
    }
  }
  return null;
}
