import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { Storage } from '../../electron/services/storage/storage';
import { programProblems } from '../../shared/model/invariants';
import { mulberry32 } from '../support/random';
import { CRASH_COMPACTION, REVIEW_TEXT, tornTail, typedSequence } from './fixtures/crash-typing';
import {
  newProgramDocument,
  quietLog,
  temporaryDirectory,
  typedText,
} from './fixtures/storage-fixtures';

const REPOSITORY = join(import.meta.dirname, '../..');
const TYPIST = join(import.meta.dirname, 'fixtures/typist.ts');
const KILLS = Number(process.env.COTUTOR_CRASH_KILLS ?? 40);
/**
 * Each kill starts a fresh Node process with TypeScript loading (one to three
 * seconds on a busy two-core machine), so the run is long by nature; its limit
 * is its own, not the suite's 120 s.
 */
const CRASH_TEST_TIMEOUT_MS = 300_000;
const SEED = Number(process.env.COTUTOR_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** Characters acknowledged as durable: in the program's text and in its review document's. */
type Run = { acknowledged: number; reviewAcknowledged: number; killedDuringCompaction: boolean };

/**
 * Starts the typist and SIGKILLs it at a moment picked by `random`: after some
 * acknowledged appends, or right after it announced a compaction.
 */
async function typeAndKill(
  dataDirectory: string,
  id: string,
  runSeed: number,
  random: () => number,
): Promise<Run> {
  const mode = random() < 0.5 ? 'typist' : 'burst';
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', TYPIST, dataDirectory, id, String(runSeed), mode],
    {
      cwd: REPOSITORY,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killDuringCompaction = random() < 0.3;
  const acksBeforeKill = Math.floor(random() * 40);
  const delayAfterMs = random() * 4;
  const run: Run = { acknowledged: 0, reviewAcknowledged: 0, killedDuringCompaction: false };
  let compacting = false;
  let kill: Promise<void> | undefined;

  if (child.stdout === null) throw new Error('The typist has no stdout.');
  const lines = createInterface({ input: child.stdout });
  let acks = 0;
  for await (const line of lines) {
    const [word, value, reviewValue] = line.split(' ');
    if (word === 'ack' || word === 'ready') {
      run.acknowledged = Number(value);
      run.reviewAcknowledged = Number(reviewValue);
    }
    if (word === 'ack') acks++;
    if (word === 'compacting') compacting = true;
    if (word === 'compacted') compacting = false;
    const due = killDuringCompaction
      ? word === 'compacting'
      : word === 'ack' && acks >= acksBeforeKill;
    if (due && kill === undefined) kill = killSoon(child, delayAfterMs);
    if (kill !== undefined && child.exitCode === null && child.signalCode === null) continue;
    if (kill !== undefined) break;
  }
  if (kill === undefined) throw new Error(`The typist stopped before it was killed:\n${stderr}`);
  await kill;
  await exited;
  run.killedDuringCompaction = killDuringCompaction && compacting;
  expect(child.signalCode, stderr).toBe('SIGKILL');
  return run;
}

async function killSoon(child: ChildProcess, delayMs: number): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  child.kill('SIGKILL');
}

describe('crash safety of program files and review files', () => {
  let directory: { path: string; remove(): Promise<void> };
  let id: string;

  beforeAll(async () => {
    directory = await temporaryDirectory('crash');
    const storage = await Storage.open(directory.path, { log: quietLog });
    id = (await storage.create(newProgramDocument('Crash test'))).id;
    await storage.close();
  });
  afterAll(async () => directory.remove());

  it(
    `keeps every acknowledged keystroke across ${KILLS} SIGKILLs (seed ${SEED})`,
    async () => {
      console.log(
        `storage crash test: seed ${SEED} (COTUTOR_CRASH_SEED=${SEED} replays the choices)`,
      );
      const random = mulberry32(SEED);
      let duringCompaction = 0;
      let tornTails = 0;
      let tornWritten = 0;
      const log = {
        info: () => undefined,
        warn: (message: string) => void (tornTails += Number(message.startsWith('Dropped'))),
      };
      let acknowledged = 0;
      let reviewAcknowledged = 0;
      for (let kill = 0; kill < KILLS; kill++) {
        const run = await typeAndKill(directory.path, id, Math.floor(random() * 2 ** 31), random);
        acknowledged = Math.max(acknowledged, run.acknowledged);
        reviewAcknowledged = Math.max(reviewAcknowledged, run.reviewAcknowledged);
        if (run.killedDuringCompaction) duringCompaction++;
        for (const name of [`${id}.ydoc`, `${id}.review.ydoc`]) {
          const file = join(directory.path, 'programs', name);
          // The review file appears with the first review change, which a kill may precede.
          if (random() >= 0.25 || !existsSync(file)) continue;
          await appendFile(file, tornTail(random));
          tornWritten++;
        }

        const storage = await Storage.open(directory.path, { log, compaction: CRASH_COMPACTION });
        try {
          const doc = new Y.Doc();
          Y.applyUpdate(doc, await storage.load(id));
          expect(programProblems(doc)).toEqual([]);
          const text = typedText(doc);
          const where = `after kill ${kill + 1} (seed ${SEED})`;
          expect(text.length, `${where}: acknowledged characters lost`).toBeGreaterThanOrEqual(
            acknowledged,
          );
          expect(text === typedSequence(0, text.length), `${where}: text out of order`).toBe(true);
          acknowledged = text.length;
          const review = new Y.Doc();
          Y.applyUpdate(review, await storage.loadReview(id));
          const reviewText = review.getText(REVIEW_TEXT).toString();
          expect(
            reviewText.length,
            `${where}: acknowledged review characters lost`,
          ).toBeGreaterThanOrEqual(reviewAcknowledged);
          expect(
            reviewText === typedSequence(0, reviewText.length),
            `${where}: review text out of order`,
          ).toBe(true);
          reviewAcknowledged = reviewText.length;
        } finally {
          await storage.close();
        }
      }
      expect(await readdir(join(directory.path, 'damaged'))).toEqual([]);
      expect(tornTails).toBe(tornWritten);
      console.log(
        `storage crash test: ${KILLS} kills, ${duringCompaction} during a compaction, ` +
          `${tornWritten} power-loss tails added, ${tornTails} torn tails dropped, ` +
          `${acknowledged} characters kept (${reviewAcknowledged} in the review)`,
      );
    },
    CRASH_TEST_TIMEOUT_MS,
  );
});
