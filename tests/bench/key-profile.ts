/**
 * Where a keystroke's time goes in the session plan of the large program, beside
 * the bare Lexical editor of benchmark (b): types the same keys into "Content
 * objectives" in each, and prints the main thread's time per key by what it was
 * spent on (Chromium's Performance metrics, in thread time). With a file named as
 * the first argument, the app's keys are typed under the CPU profiler (100 µs
 * sampling) and the profile is written there, for Chrome's DevTools. Asserts
 * nothing. `tsx tests/bench/key-profile.ts [file]` after `npx electron-vite
 * build` (an unminified build names the functions). KEYS=<n> keys (300),
 * ROUNDS=<n> pairs of the two (1), TRACE=<file> a Chromium trace of the app's
 * keys (its Layout events count the objects laid out), EXTRA_CSS=<rules> a style
 * sheet added to the app before typing, to try a change of CSS without a build
 * (through CSSOM: the page's Content-Security-Policy refuses inline styles).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { CDPSession, Page } from 'playwright-core';

import { serveBareEditor } from './bare-server';
import { openSession, typingText } from './key-bench';
import { hostLargeProgram } from './large-program-host';
import { KEY_PROBE, KEY_RESET, KEY_SAMPLES, KEY_SETTLED } from './probes';
import { launchChromium, percentile } from './stats';

const output = process.argv[2];
const KEYS = Number(process.env.KEYS ?? 300);
const LABEL = 'Content objectives';
const temp = await mkdtemp(join(tmpdir(), 'cotutor-key-profile-'));
const { large, host } = await hostLargeProgram(temp);
const bare = await serveBareEditor(join(temp, 'bare-editor'));
const content = large.program.days
  .flatMap((day) => day.blocks)
  .find((block) => block.id === large.firstSessionBlockId)?.text.contentObjectives;
const browser = await launchChromium();

const METRICS = ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'];

async function metrics(cdp: CDPSession): Promise<Map<string, number>> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return new Map(list.map(({ name, value }) => [name, value]));
}

/** Types the keys, one after the other's frame, and prints what they cost. */
async function typeInto(label: string, page: Page, profileTo?: string): Promise<void> {
  const field = page.getByRole('textbox', { name: LABEL, exact: true });
  await field.waitFor();
  if (label.startsWith('app') && process.env.EXTRA_CSS)
    await page.evaluate((css) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }, process.env.EXTRA_CSS);
  await field.click();
  await page.keyboard.press('Control+End');
  // Past the first keys, which in the app encode the state for the idle version.
  await page.keyboard.type('Warm up. ');
  await page.evaluate(KEY_SETTLED);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  if (profileTo !== undefined) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  await page.evaluate(KEY_RESET);
  const trace = label.startsWith('app') ? process.env.TRACE : undefined;
  if (trace)
    await browser.startTracing(page, {
      path: trace,
      categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
    });
  const before = await metrics(cdp);
  for (const character of typingText(KEYS)) {
    await page.keyboard.type(character);
    await page.evaluate(KEY_SETTLED);
  }
  const after = await metrics(cdp);
  if (trace) await browser.stopTracing();
  if (profileTo !== undefined) {
    const { profile } = await cdp.send('Profiler.stop');
    await writeFile(profileTo, JSON.stringify(profile));
  }
  const samples = await page.evaluate<number[]>(KEY_SAMPLES);
  const perKey = (name: string): string =>
    `${name.replace('Duration', '')} ${((((after.get(name) ?? 0) - (before.get(name) ?? 0)) * 1000) / samples.length).toFixed(2)}`;
  console.log(
    `${label}: ${samples.length} keys, p50 ${percentile(samples, 50).toFixed(1)} ms, p95 ${percentile(samples, 95).toFixed(1)} ms;`,
    `main thread a key (ms): ${METRICS.map(perKey).join(', ')}; DOM nodes ${after.get('Nodes')}`,
  );
}

try {
  for (let round = 0; round < Number(process.env.ROUNDS ?? 1); round++) {
    const app = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const appPage = await app.newPage();
    await appPage.addInitScript(KEY_PROBE);
    await openSession(appPage, host, large.program.id, large.firstSessionBlockId);
    await typeInto('app ', appPage, output);
    await app.close();
    const plain = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const barePage = await plain.newPage();
    await barePage.addInitScript(
      `window.__BARE_CONTENT__ = ${JSON.stringify(content)}; window.__BARE_LABEL__ = ${JSON.stringify(LABEL)};`,
    );
    await barePage.addInitScript(KEY_PROBE);
    await barePage.goto(bare.url);
    await typeInto('bare', barePage);
    await plain.close();
  }
  if (output !== undefined) console.log(`The app's profile is in ${output}.`);
} finally {
  await browser.close();
  await host.close();
  await bare.close();
  await rm(temp, { recursive: true, force: true });
}
