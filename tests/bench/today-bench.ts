import type { Browser, CDPSession } from 'playwright-core';

import type { HostProcess } from './host';
import type { LargeProgram } from './large-program';
import type { Row } from './report';

/**
 * (m) What Today's clock and countdowns cost while they run: the main thread's
 * task time (Chromium's TaskDuration, from the DevTools protocol) over a stretch
 * of real seconds with the large program's Today view open on a day being
 * rehearsed, its clock and countdowns ticking (how many were on screen is
 * reported: none outside the venue's working day). **Baseline**: the same stretch
 * on the week planner, where nothing ticks. Target: ≤ 1 ms of main-thread time
 * per second.
 */
export type TodayResult = {
  seconds: number;
  /** Main-thread task time per second with Today open, ms. */
  today: number;
  /** The same on the week planner, ms. */
  week: number;
  /** Countdowns on screen during the Today stretch. */
  countdowns: number;
};

const STRETCH_SECONDS = 20;

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? NaN;
}

/** Main-thread task time per second of a stretch of real time on what the page shows, ms. */
async function perSecond(cdp: CDPSession, seconds: number): Promise<number> {
  const before = await taskSeconds(cdp);
  const started = performance.now();
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  const elapsed = (performance.now() - started) / 1000;
  const after = await taskSeconds(cdp);
  return ((after - before) * 1000) / elapsed;
}

export async function benchToday(
  browser: Browser,
  host: HostProcess,
  large: LargeProgram,
): Promise<TodayResult> {
  const programId = large.program.id;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    // Not a day of the program: Today rehearses its first day at the time of day
    // it is now at the venue (Playwright's fake clock would tick on its own timers
    // and be counted). Between about 09:00 and 17:00 there a session is running.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Programs' }).waitFor();
    await page.evaluate(`location.hash = '#/program/${programId}'`);
    await page.getByRole('heading', { name: 'Day 1', exact: true }).waitFor();
    const week = await perSecond(cdp, STRETCH_SECONDS);

    await page.evaluate(`location.hash = '#/program/${programId}/today'`);
    await page.locator('.today-header').waitFor();
    const countdowns = await page.locator('.countdown-time').count();
    const today = await perSecond(cdp, STRETCH_SECONDS);
    return { seconds: STRETCH_SECONDS, today, week, countdowns };
  } finally {
    await context.close();
  }
}

export function todayRows(result: TodayResult): Row[] {
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  return [
    [
      `Today open: main-thread time per second (${result.seconds} s, ${result.countdowns} countdown elements)`,
      ms(result.today),
      `week planner ${ms(result.week)}`,
      `+${ms(result.today - result.week)}`,
      `≤ 1 ms/s: ${result.today - result.week <= 1 ? 'met' : 'missed'}`,
    ],
  ];
}
