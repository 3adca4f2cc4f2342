import { readFile } from 'node:fs/promises';
import { setTimeout as delay } from 'node:timers/promises';

import type { Browser } from 'playwright-core';
import * as Y from 'yjs';

import { parseFrameLog } from '../../electron/services/storage/frame-log';
import type { HostProcess } from './host';
import { OPEN_DONE, OPEN_PROBE, openInApp, type OpenTimings, READ_OPEN_TIMINGS } from './probes';

export type OpenResult = {
  /** Reloads of an open tab: the HTTP cache and V8's code cache are warm. */
  warm: OpenTimings[];
  /** A fresh browser context each time: nothing cached. */
  cold: OpenTimings[];
  /** From the library of the running app to the session (no page load), ms. */
  inApp: number[];
  /** Y.applyUpdate of the stored frames into a fresh Y.Doc, in Node (ms). */
  baseline: number[];
  fileBytes: number;
  frames: number;
};

export type OpenTarget = { host: HostProcess; programId: string; blockId: string; file: string };

export async function benchOpen(
  browser: Browser,
  target: OpenTarget,
  runs: number,
): Promise<OpenResult> {
  const stored = await readFile(target.file);
  const log = parseFrameLog(stored);
  if (!log.ok) throw new Error(`The stored program cannot be read: ${log.reason}`);
  const updates = log.updates;
  const baseline: number[] = [];
  // One baseline run after each reload, so both see the same load on the machine;
  // after a pause, so that it does not compete with the page finishing its load.
  const applyOnce = async (): Promise<void> => {
    await delay(300);
    const doc = new Y.Doc();
    const start = performance.now();
    for (const update of updates) Y.applyUpdate(doc, update);
    baseline.push(performance.now() - start);
    doc.destroy();
  };
  const route = `#/program/${target.programId}/session/${target.blockId}`;
  return {
    warm: await warmOpens(browser, target.host, route, runs, applyOnce),
    inApp: await inAppOpens(browser, target.host, route, runs),
    cold: await coldOpens(browser, target.host, route, Math.max(3, Math.ceil(runs / 3))),
    baseline,
    fileBytes: stored.byteLength,
    frames: log.updates.length,
  };
}

/** One tab: take the token, go to the session, then reload it `runs` times. */
async function warmOpens(
  browser: Browser,
  host: HostProcess,
  route: string,
  runs: number,
  afterEach: () => Promise<void>,
): Promise<OpenTimings[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(OPEN_PROBE);
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Programs' }).waitFor();
    await page.evaluate(`location.hash = ${JSON.stringify(route)}`);
    await page.evaluate(OPEN_DONE);
    const timings: OpenTimings[] = [];
    for (let run = 0; run < runs; run++) {
      await page.reload();
      await page.evaluate(OPEN_DONE);
      timings.push(await page.evaluate<OpenTimings>(READ_OPEN_TIMINGS));
      await afterEach();
    }
    return timings;
  } finally {
    await context.close();
  }
}

/** A new context per run, given the token as the first visit would have stored it. */
async function coldOpens(
  browser: Browser,
  host: HostProcess,
  route: string,
  runs: number,
): Promise<OpenTimings[]> {
  const timings: OpenTimings[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      const page = await context.newPage();
      await page.addInitScript(
        `try { sessionStorage.setItem('cotutor.token', ${JSON.stringify(host.token)}); } catch {}`,
      );
      await page.addInitScript(OPEN_PROBE);
      await page.goto(`${host.origin}/${route}`);
      await page.evaluate(OPEN_DONE);
      timings.push(await page.evaluate<OpenTimings>(READ_OPEN_TIMINGS));
    } finally {
      await context.close();
    }
  }
  return timings;
}

/** The app stays loaded; each run goes back to the library, then opens the session. */
async function inAppOpens(
  browser: Browser,
  host: HostProcess,
  route: string,
  runs: number,
): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(host.url);
    const library = page.getByRole('heading', { name: 'Programs' });
    await library.waitFor();
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      times.push(await page.evaluate<number>(openInApp(route)));
      await page.evaluate(`location.hash = '#/'`);
      await library.waitFor();
      // Let the closed program's last work (saving, unbinding) finish first.
      await delay(300);
    }
    return times;
  } finally {
    await context.close();
  }
}
