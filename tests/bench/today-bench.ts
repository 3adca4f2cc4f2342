import type { Browser, CDPSession } from 'playwright-core';

import { type HostProcess, onLibraryPage } from './host';
import type { LargeProgram } from './large-program';
import type { Row } from './report';
import { median } from './stats';

/**
 * (m) What Today's clock and countdowns cost while they run: the main thread's
 * task time (Chromium's TaskDuration, from the DevTools protocol) in each of a
 * stretch of real seconds with the large program's Today view open on a day
 * being rehearsed, a session and its stage counting down. **Baseline**: the
 * same stretch on the week planner, where nothing ticks. The figure is the
 * median second (what each second of the clock costs); the mean, with V8's
 * occasional collections, is shown beside it. Target: ≤ 1 ms of main-thread
 * time per second more than the week planner.
 */
export type TodayResult = {
  seconds: number;
  /** Main-thread task time in the median second with Today open, ms. */
  today: number;
  /** The mean second with Today open, ms. */
  todayMean: number;
  /** The median second on the week planner, ms. */
  week: number;
  weekMean: number;
  /** Countdowns on screen during the Today stretch. */
  countdowns: number;
  /** The venue zone Today was opened in. */
  zone: string;
};

const STRETCH_SECONDS = 30;
/** A screen just opened is left this long first: what opening it costs is not its clock's. */
const SETTLE_SECONDS = 3;

/**
 * A zone of the page's own list where it is now between 10:00 and 11:00, so a
 * session with its stages is running whatever the hour the benchmark runs at (at
 * the program's own venue it is past 17:00 for half the day in Europe).
 */
const MID_MORNING_ZONE = `(() => {
  const now = new Date();
  return Intl.supportedValuesOf('timeZone').find((zone) => {
    const hour = Number(new Intl.DateTimeFormat('en-US', { timeZone: zone, hour: '2-digit', hourCycle: 'h23' }).format(now));
    return hour === 10;
  }) ?? null;
})()`;

async function taskSeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? NaN;
}

type Stretch = { median: number; mean: number };

const wait = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

/**
 * Main-thread task time in each second of a stretch of real time on what the
 * page shows, ms. A second now and then holds one of V8's full collections
 * (its memory reducer runs them some seconds after the last, on any screen):
 * the median second is the steady cost, the mean has them in.
 */
async function perSecond(cdp: CDPSession, seconds: number): Promise<Stretch> {
  await wait(SETTLE_SECONDS);
  const samples: number[] = [];
  let before = await taskSeconds(cdp);
  let started = performance.now();
  for (let second = 0; second < seconds; second++) {
    await wait(1);
    const [after, ended] = [await taskSeconds(cdp), performance.now()];
    samples.push(((after - before) * 1000) / ((ended - started) / 1000));
    [before, started] = [after, ended];
  }
  return { median: median(samples), mean: samples.reduce((sum, ms) => sum + ms, 0) / seconds };
}

export async function benchToday(
  browser: Browser,
  host: HostProcess,
  large: LargeProgram,
): Promise<TodayResult> {
  const programId = large.program.id;
  return onLibraryPage(browser, host, async (page, context) => {
    // Today rehearses the program's first day at the time of day it is now at
    // the venue, set below to a zone where a session is running.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.evaluate(`location.hash = '#/program/${programId}'`);
    await page.getByRole('heading', { name: 'Day 1', exact: true }).waitFor();
    const week = await perSecond(cdp, STRETCH_SECONDS);

    const zone = await page.evaluate<string | null>(MID_MORNING_ZONE);
    if (zone === null) throw new Error('No time zone has a time of day between 10:00 and 11:00.');
    await page.evaluate(`location.hash = '#/program/${programId}/settings'`);
    const field = page.getByLabel('Venue time zone');
    await field.selectOption(zone);
    await field.evaluate((select: HTMLSelectElement, value) => {
      if (select.value !== value) throw new Error(`The venue zone is ${select.value}.`);
    }, zone);
    await page.evaluate(`location.hash = '#/program/${programId}/today'`);
    await page.locator('.countdown-time').first().waitFor();
    const countdowns = await page.locator('.countdown-time').count();
    const trace = process.env.COTUTOR_BENCH_TRACE;
    if (trace !== undefined) await browser.startTracing(page, { path: trace, screenshots: false });
    const today = await perSecond(cdp, STRETCH_SECONDS);
    if (trace !== undefined) await browser.stopTracing();
    return {
      seconds: STRETCH_SECONDS,
      today: today.median,
      todayMean: today.mean,
      week: week.median,
      weekMean: week.mean,
      countdowns,
      zone,
    };
  });
}

export function todayRows(result: TodayResult): Row[] {
  const ms = (value: number) => `${value.toFixed(2)} ms`;
  return [
    [
      `Today open: main-thread time in the median second of ${result.seconds} (${result.countdowns} countdowns, venue ${result.zone}; mean ${ms(result.todayMean)})`,
      ms(result.today),
      `week planner ${ms(result.week)} (mean ${ms(result.weekMean)})`,
      `${result.today >= result.week ? '+' : '−'}${ms(Math.abs(result.today - result.week))}`,
      `≤ 1 ms/s: ${result.today - result.week <= 1 ? 'met' : 'missed'}`,
    ],
  ];
}
