import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import { mulberry32 } from '../support/random';
import type { HostProcess } from './host';
import { openSession, typingText } from './key-bench';
import { clockOffset } from './page-clock';
import {
  KEYDOWN_CLOCK_PROBE,
  KEYDOWN_RESET,
  KEYDOWN_TIMES,
  REMOTE_ARRIVALS,
  remoteArrived,
  remoteTextProbe,
} from './probes';
import { type ServerKind, withLoadServer } from './server-load-host';
import { type PairOptions, startHostPair } from './sync-hosts';

export type RemoteKeyRun = {
  server: ServerKind;
  /** Per key: ms from A's keydown to the character in B's field, on one clock. */
  latencies: number[];
  /** B's clock minus A's (ms), read before and after typing, and how exactly. */
  skew: { before: number; after: number; uncertainty: number };
  /** From opening B's page to both pages showing "Synced" (B's first sync of the program). */
  firstSyncMs: number;
};

export type RemoteKeyResult = { app: RemoteKeyRun; reference: RemoteKeyRun; characters: number };

export type RemoteKeyTarget = Omit<PairOptions, 'serverUrl'> & {
  blockId: string;
  label: string;
  seed: number;
};

/**
 * A pause of 40–120 ms after B has shown each key: a fast typist's pace (about
 * 8–10 keys a second). Waiting for B keeps the keys from queueing behind each
 * other, so each sample is one key's trip.
 */
const pauseMs = (random: () => number): number => 40 + random() * 80;

/** The same typing through the project's server, then through a plain @y/websocket-server. */
export async function benchRemoteKeys(
  browser: Browser,
  target: RemoteKeyTarget,
  characters: number,
): Promise<RemoteKeyResult> {
  const app = await remoteKeysThrough('cotutor', browser, target, characters);
  const reference = await remoteKeysThrough('reference', browser, target, characters);
  return { app, reference, characters };
}

async function remoteKeysThrough(
  kind: ServerKind,
  browser: Browser,
  target: RemoteKeyTarget,
  characters: number,
): Promise<RemoteKeyRun> {
  return withLoadServer(kind, async (server) => {
    const pair = await startHostPair({
      ...target,
      directory: join(target.directory, kind),
      serverUrl: server.url,
    });
    const contexts: BrowserContext[] = [];
    try {
      const open = async (host: HostProcess, probe?: string): Promise<Page> => {
        const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
        contexts.push(context);
        const page = await context.newPage();
        if (probe !== undefined) await page.addInitScript(probe);
        await openSession(page, host, target.programId, target.blockId);
        return page;
      };
      const a = await open(pair.a, KEYDOWN_CLOCK_PROBE);
      await synced(a);
      const opened = performance.now();
      const b = await open(pair.b);
      await Promise.all([synced(a), synced(b)]);
      const firstSyncMs = performance.now() - opened;
      return { server: kind, firstSyncMs, ...(await typeAcross(a, b, target, characters)) };
    } finally {
      await Promise.all(contexts.map((context) => context.close()));
      await pair.close();
    }
  });
}

async function synced(page: Page): Promise<void> {
  // Exactly "Synced": "3 changes not yet synced" contains the word too.
  await page
    .getByRole('status')
    .filter({ hasText: /^Synced$/ })
    .waitFor({ timeout: 120_000 });
}

async function typeAcross(
  a: Page,
  b: Page,
  target: RemoteKeyTarget,
  characters: number,
): Promise<Pick<RemoteKeyRun, 'latencies' | 'skew'>> {
  const text = typingText(characters);
  const field = a.getByRole('textbox', { name: target.label, exact: true });
  await b.getByRole('textbox', { name: target.label, exact: true }).waitFor();
  await field.click();
  await a.keyboard.press('Control+End');
  // Let the caret's awareness update reach B before B's probe takes its baseline.
  await delay(500);
  await b.evaluate(remoteTextProbe(target.label, text));
  await a.evaluate(KEYDOWN_RESET);
  const before = await skew(a, b);
  const random = mulberry32(target.seed);
  let count = 0;
  for (const character of text) {
    await delay(pauseMs(random));
    await a.keyboard.type(character);
    count += 1;
    await b.evaluate(remoteArrived(count, 10_000));
  }
  const after = await skew(a, b);
  const downs = await a.evaluate<number[]>(KEYDOWN_TIMES);
  const arrivals = await b.evaluate<number[]>(REMOTE_ARRIVALS);
  if (downs.length !== text.length || arrivals.length !== text.length) {
    throw new Error(
      `${downs.length} keydowns and ${arrivals.length} arrivals for ${text.length} keys.`,
    );
  }
  // The skew drifts by a few µs over a run; the mean of both readings is used.
  const bMinusA = (before.value + after.value) / 2;
  return {
    latencies: downs.map((down, index) => (arrivals[index] ?? NaN) - bMinusA - down),
    skew: {
      before: before.value,
      after: after.value,
      uncertainty: Math.max(before.uncertainty, after.uncertainty),
    },
  };
}

/** B's clock minus A's, through this process's clock. */
async function skew(a: Page, b: Page): Promise<{ value: number; uncertainty: number }> {
  const [inA, inB] = [await clockOffset(a), await clockOffset(b)];
  return { value: inB.offset - inA.offset, uncertainty: inA.uncertainty + inB.uncertainty };
}
