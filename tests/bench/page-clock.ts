import type { Page } from 'playwright-core';

import { PAGE_CLOCK } from './probes';

/** This process's clock on the same scale as PAGE_CLOCK (ms since the epoch). */
export const nodeClock = (): number => performance.timeOrigin + performance.now();

export type ClockOffset = {
  /** Page clock minus this process's clock, ms. */
  offset: number;
  /** Half the round trip of the reading it rests on: the offset is right within this. */
  uncertainty: number;
};

/**
 * How far a page's clock (its time origin plus performance.now()) is from this
 * process's. Each page's time origin is taken from the wall clock when its
 * document started, in a renderer process of its own, so two pages need not
 * agree to the millisecond. Reads the page clock between two readings of ours,
 * `rounds` times, and keeps the reading with the shortest round trip (the
 * page's reading lies somewhere inside it: at most half of it from the middle).
 */
export async function clockOffset(page: Page, rounds = 30): Promise<ClockOffset> {
  let best: ClockOffset = { offset: NaN, uncertainty: Infinity };
  for (let round = 0; round < rounds; round++) {
    const before = nodeClock();
    const inPage = await page.evaluate<number>(PAGE_CLOCK);
    const after = nodeClock();
    const uncertainty = (after - before) / 2;
    if (uncertainty < best.uncertainty)
      best = { offset: inPage - (before + after) / 2, uncertainty };
  }
  return best;
}
