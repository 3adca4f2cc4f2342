import { describe, expect, it } from 'vitest';

import {
  dayRemovalImpact,
  sessionsFacilitatedBy,
} from '../../renderer/src/features/settings/week-impact';
import { newBlock, newDay } from '../../shared/model/defaults';
import type { Day } from '../../shared/model/types';

function week(blocksPerDay: number[], facilitators: string[][] = []): Day[] {
  let made = 0;
  return blocksPerDay.map((count) =>
    newDay({
      blocks: Array.from({ length: count }, () =>
        newBlock('workshop', { facilitators: facilitators[made++] ?? [] }),
      ),
    }),
  );
}

describe('what shortening the week would move', () => {
  it('moves nothing when the removed days are empty or no day is removed', () => {
    expect(dayRemovalImpact(week([3, 2, 0, 0]), 2)).toBeNull();
    expect(dayRemovalImpact(week([3, 2, 4]), 3)).toBeNull();
    expect(dayRemovalImpact(week([3, 2, 4]), 7)).toBeNull();
  });

  it('names the removed days that hold blocks and counts their blocks', () => {
    expect(dayRemovalImpact(week([3, 2, 0, 4, 1]), 2)).toEqual({ dayNumbers: [4, 5], blocks: 5 });
    expect(dayRemovalImpact(week([3, 2, 6]), 1)).toEqual({ dayNumbers: [2, 3], blocks: 8 });
  });
});

describe('sessions a co-tutor facilitates', () => {
  it('counts the blocks that name the co-tutor, across days', () => {
    const days = week([2, 1], [['aigerim', 'joost'], ['joost'], ['aigerim']]);
    expect(sessionsFacilitatedBy(days, 'aigerim')).toBe(2);
    expect(sessionsFacilitatedBy(days, 'joost')).toBe(2);
    expect(sessionsFacilitatedBy(days, 'dana')).toBe(0);
  });
});
