import { setTimeout as delay } from 'node:timers/promises';

import type { Browser, Locator, Page } from 'playwright-core';

import type { RichText } from '../../shared/model/rich-text/types';
import { mulberry32 } from '../support/random';
import type { HostProcess } from './host';
import { KEY_PROBE, KEY_RESET, KEY_SAMPLES, KEY_SETTLED } from './probes';

const FRAME_MS = 1000 / 60;

/** ASCII only: Playwright types other characters with insertText, which fires no keydown. */
const PHRASE = 'Participants will adapt the key vocabulary of the unit before the plenary. ';

export function typingText(length: number): string {
  return PHRASE.repeat(Math.ceil(length / PHRASE.length)).slice(0, length);
}

export type KeyResult = {
  app: number[];
  bare: number[];
  field: string;
  /** Characters typed in each round. */
  characters: number;
  rounds: number;
};

/**
 * Types into a field one key at a time, each key only once the previous one has
 * been painted, and returns the per-key latencies the page measured (ms).
 */
export async function typeMeasured(
  page: Page,
  field: Locator,
  text: string,
  seed: number,
): Promise<number[]> {
  // A pause of 0–17 ms before each key spreads the keys over the display's frame
  // interval, as a typist's do; without it every key would land at the same phase.
  const random = mulberry32(seed);
  await field.click();
  await page.keyboard.press('Control+End');
  await page.evaluate(KEY_SETTLED);
  await page.evaluate(KEY_RESET);
  for (const character of text) {
    await delay(random() * FRAME_MS);
    await page.keyboard.type(character);
    await page.evaluate(KEY_SETTLED);
  }
  return page.evaluate<number[]>(KEY_SAMPLES);
}

export async function openSession(
  page: Page,
  host: HostProcess,
  programId: string,
  blockId: string,
): Promise<void> {
  await page.goto(host.url);
  await page.getByRole('heading', { name: 'Programs' }).waitFor();
  await page.evaluate(
    `location.hash = ${JSON.stringify(`#/program/${programId}/session/${blockId}`)}`,
  );
}

export function savedStatus(page: Page): Locator {
  return page.getByRole('status').filter({ hasText: 'All changes saved' });
}

export type KeyTarget = {
  host: HostProcess;
  programId: string;
  blockId: string;
  /** The field's accessible name in the app, and its content. */
  label: string;
  content: RichText;
  bareUrl: string;
  /** Seeds the pauses between keys (the same for the app and the bare editor). */
  seed: number;
};

/**
 * Rounds of the app, then the bare editor, each round in fresh pages: the
 * machine's state drifts over minutes, and interleaving gives both the same
 * share of it. The samples of all rounds are pooled.
 */
const ROUNDS = Math.max(1, Number(process.env.COTUTOR_BENCH_KEY_ROUNDS ?? 3));

export async function benchKeystrokes(
  browser: Browser,
  target: KeyTarget,
  characters: number,
): Promise<KeyResult> {
  const text = typingText(characters);
  const app: number[] = [];
  const bare: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    app.push(...(await appRound(browser, target, text)));
    bare.push(...(await bareRound(browser, target, text)));
  }
  return { app, bare, field: target.label, characters: text.length, rounds: ROUNDS };
}

async function appRound(browser: Browser, target: KeyTarget, text: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(KEY_PROBE);
    await openSession(page, target.host, target.programId, target.blockId);
    const field = page.getByRole('textbox', { name: target.label, exact: true });
    await field.waitFor();
    const samples = await typeMeasured(page, field, text, target.seed);
    await savedStatus(page).waitFor({ timeout: 30_000 });
    return samples;
  } finally {
    await context.close();
  }
}

async function bareRound(browser: Browser, target: KeyTarget, text: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(
      `window.__BARE_CONTENT__ = ${JSON.stringify(target.content)}; window.__BARE_LABEL__ = ${JSON.stringify(target.label)};`,
    );
    await page.addInitScript(KEY_PROBE);
    await page.goto(target.bareUrl);
    const field = page.getByRole('textbox', { name: target.label, exact: true });
    await field.waitFor();
    return await typeMeasured(page, field, text, target.seed);
  } finally {
    await context.close();
  }
}
