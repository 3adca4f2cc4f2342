/**
 * `npm run bench`: the performance benchmarks of docs/benchmarks.md, run in
 * sequence against the built renderer, printed as a table and recorded in that
 * document's Results section. Nothing here asserts a time: it measures.
 * COTUTOR_BENCH_SEED and COTUTOR_BENCH_RUNS change the seed and N,
 * COTUTOR_BENCH_LOAD_SECONDS the length of the server-load run (default 60).
 * COTUTOR_BENCH_ONLY=open,keys runs only the benchmarks named (open, keys, bytes,
 * sync, exports, review, attack, language, balance, stores, today) and prints them without
 * recording: a quick before/after of one part.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import type { Browser } from 'playwright-core';
import * as Y from 'yjs';

import { dataPaths, programFile } from '../../electron/services/storage/data-directory';
import { Storage } from '../../electron/services/storage/storage';
import { createProgram } from '../../shared/model/create';
import { benchAttack } from './attack-bench';
import { benchBalance } from './balance-bench';
import { type BareServer, serveBareEditor } from './bare-server';
import { benchBytes, type BytesResult } from './bytes-bench';
import { cpuMark, otherShare } from './cpu-share';
import { benchExport, exportRuns } from './export-run';
import { type HostProcess, startHostProcess } from './host';
import { benchKeystrokes, type KeyResult } from './key-bench';
import { benchLanguage } from './language-bench';
import { DEFAULT_SEED, largeProgram } from './large-program';
import { benchOpen, type OpenResult } from './open-bench';
import { machine, recordResults, resultsMarkdown } from './record';
import { resultRows, textTable } from './report';
import { benchReview } from './review-bench';
import { launchChromium, median, ms } from './stats';
import { benchStores } from './stores-bench';
import { benchSync, LOAD_SECONDS } from './sync-run';
import { benchToday } from './today-bench';

const ROOT = resolve(import.meta.dirname, '../..');
const RENDERER = join(ROOT, 'out/renderer');
const seed = Number(process.env.COTUTOR_BENCH_SEED ?? DEFAULT_SEED);
const runs = Math.max(10, Number(process.env.COTUTOR_BENCH_RUNS ?? 20));
const KEYSTROKES = 300;
const BYTES_KEYSTROKES = 1000;
/** Compaction would rewrite the file mid-run and hide the growth being measured. */
const NO_COMPACTION = { maxFrames: Number.MAX_SAFE_INTEGER, minBytes: Number.MAX_SAFE_INTEGER };
const BENCHMARKS = [
  'open',
  'keys',
  'bytes',
  'sync',
  'exports',
  'review',
  'attack',
  'language',
  'balance',
  'stores',
  'today',
] as const;
type Benchmark = (typeof BENCHMARKS)[number];
const only = process.env.COTUTOR_BENCH_ONLY?.split(',').map((name) => name.trim());
const unknown = only?.filter((name) => !(BENCHMARKS as readonly string[]).includes(name)) ?? [];
if (unknown.length > 0) {
  throw new Error(
    `COTUTOR_BENCH_ONLY names ${unknown.join(', ')}; known are ${BENCHMARKS.join(', ')}.`,
  );
}
const selected = (name: Benchmark): boolean => only === undefined || only.includes(name);
const quiet = { info: () => undefined, warn: (message: string) => console.warn(message) };

if (!existsSync(join(RENDERER, 'index.html'))) {
  console.log('out/renderer is missing: running `npx electron-vite build` first.');
  const built = spawnSync('npx', ['electron-vite', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) throw new Error('The renderer build failed.');
}

const temp = await mkdtemp(join(tmpdir(), 'cotutor-bench-'));
let host: HostProcess | undefined;
let browser: Browser | undefined;
let bare: BareServer | undefined;
const cpuBefore = await cpuMark();
try {
  const large = largeProgram(seed);
  const { program } = large;
  const blocks = program.days.flatMap((day) => day.blocks);
  console.log(`Seed ${seed} (COTUTOR_BENCH_SEED), N = ${runs} (COTUTOR_BENCH_RUNS).`);
  console.log(
    `Large program: ${program.days.length} days, ${blocks.length} blocks, ${large.words.toLocaleString('en')} words.`,
  );

  // Written as library.create writes a program: one document, Storage.create.
  const dataDirectory = join(temp, 'data');
  const storage = await Storage.open(dataDirectory, { log: quiet });
  const doc = new Y.Doc();
  // Every item stores its author's random client id as a varint, so the file's
  // size varies by ~3.5 % between runs unless the id is fixed. A seeded one of five
  // varint bytes, the size 15 of 16 random ids have.
  doc.clientID = 0x10000000 + (seed % 0xe0000000);
  createProgram(doc, program, 'host');
  await storage.create(doc);
  await storage.close();
  const file = programFile(dataPaths(dataDirectory), program.id, 'programs');
  // The sync benchmarks start hosts of their own from this untouched copy.
  const seedData = join(temp, 'seed-data');
  await cp(dataDirectory, seedData, { recursive: true });

  // A copy, so that a rebuild during the run (npm test builds) cannot pull the
  // bundle from under the page, and every benchmark loads the same one.
  const rendererDirectory = join(temp, 'renderer');
  await cp(RENDERER, rendererDirectory, { recursive: true });
  host = await startHostProcess({
    dataDirectory,
    rendererDirectory,
    templatesDirectory: join(ROOT, 'resources/templates'),
    storage: { compaction: NO_COMPACTION },
  });
  const live = await launchChromium();
  browser = live;
  const bareServer = await serveBareEditor(join(temp, 'bare-editor'));
  bare = bareServer;
  const target = { host, programId: program.id, blockId: large.firstSessionBlockId, file };
  const firstSession = blocks.find((block) => block.id === large.firstSessionBlockId);
  if (firstSession === undefined) throw new Error('The first session is missing.');
  const firstContent = firstSession.text.contentObjectives;

  async function openBench(): Promise<OpenResult> {
    console.log('\n[a] Open to first editable field…');
    const result = await benchOpen(live, target, runs);
    console.log(
      `    ${result.frames} frame(s), ${result.fileBytes.toLocaleString('en')} bytes on disk`,
    );
    console.log(`    in app:  ${result.inApp.map((t) => t.toFixed(0)).join(' ')} ms`);
    console.log(
      `    reload:  ${result.warm.map((t) => (t.firstEditable ?? NaN).toFixed(0)).join(' ')} ms`,
    );
    console.log(
      `    fresh:   ${result.cold.map((t) => (t.firstEditable ?? NaN).toFixed(0)).join(' ')} ms`,
    );
    console.log(`    Y.applyUpdate median ${ms(median(result.baseline))}`);
    return result;
  }

  async function keyBench(): Promise<KeyResult> {
    console.log(
      `\n[b] Keystroke to next paint (rounds of ${KEYSTROKES} keys in the app, then in bare Lexical)…`,
    );
    return benchKeystrokes(
      live,
      {
        ...target,
        label: 'Content objectives',
        content: firstContent,
        bareUrl: bareServer.url,
        seed,
      },
      KEYSTROKES,
    );
  }

  async function bytesBench(): Promise<BytesResult> {
    console.log(`\n[c] Bytes written per keystroke (${BYTES_KEYSTROKES} keys)…`);
    return benchBytes(live, { ...target, label: 'Success criteria' }, BYTES_KEYSTROKES);
  }

  function reviewBench() {
    console.log('\n[h] The drafting cycle: 500 threads, 200 versions (Node, CPU time)…');
    return benchReview(large, runs);
  }

  const open = selected('open') ? await openBench() : undefined;
  const keys = selected('keys') ? await keyBench() : undefined;
  const bytes = selected('bytes') ? await bytesBench() : undefined;
  const sync = selected('sync')
    ? await benchSync(live, {
        program,
        blockId: large.firstSessionBlockId,
        seedData,
        state: Y.encodeStateAsUpdate(doc),
        directory: join(temp, 'sync'),
        rendererDirectory,
        templatesDirectory: join(ROOT, 'resources/templates'),
        seed,
      })
    : undefined;
  const exports = selected('exports')
    ? await benchExport({ seed, runs: exportRuns(runs) })
    : undefined;
  const review = selected('review') ? reviewBench() : undefined;
  if (selected('attack')) {
    console.log(
      '\n[i] A client that asks for a large room and never reads, beside the usual load…',
    );
  }
  const attack = selected('attack') ? await benchAttack() : undefined;
  if (selected('language')) {
    console.log('\n[j] Switching the language with the large session plan open…');
  }
  const language = selected('language') ? await benchLanguage(live, target, runs) : undefined;
  if (selected('balance')) console.log('\n[k] The Balance view of the large program…');
  const balance = selected('balance') ? await benchBalance(live, host, large, runs) : undefined;
  if (selected('stores')) {
    console.log(
      `\n[l] Server load for ${LOAD_SECONDS} s on PostgreSQL, then on 3 processes behind nginx, each beside a plain server…`,
    );
  }
  const stores = selected('stores') ? await benchStores(LOAD_SECONDS) : undefined;
  if (selected('today')) console.log("\n[m] Today's clock and countdowns, ticking…");
  const today = selected('today') ? await benchToday(live, host, large) : undefined;

  const otherCpu = otherShare(cpuBefore, await cpuMark());
  const results = {
    ...{ seed, words: large.words, runs },
    ...{ open, keys, bytes, sync, exports, review, attack, language, balance, stores, today },
    otherCpu,
  };
  const where = machine(live.version());
  console.log(
    `\n${where.cpu}, ${where.cores} cores · Node ${where.node} · Chromium ${where.chromium}`,
  );
  console.log(
    `Other processes used ${(otherCpu * 100).toFixed(0)} % of the CPU during the run (they skew every figure).\n`,
  );
  console.log(textTable(resultRows(results)));
  if (bytes !== undefined) {
    console.log(
      `\nA whole-document write would be ${bytes.wholeDocumentBytes.toLocaleString('en')} bytes per save; the file is now ${bytes.fileBytes.toLocaleString('en')} bytes.`,
    );
  }
  if (
    open &&
    keys &&
    bytes &&
    sync &&
    exports &&
    review &&
    attack &&
    language &&
    balance &&
    stores &&
    today
  ) {
    const all = {
      ...results,
      ...{ open, keys, bytes, sync, exports, review, attack, language, balance, stores, today },
    };
    await recordResults(join(ROOT, 'docs/benchmarks.md'), resultsMarkdown(all, where));
    console.log('Results written to docs/benchmarks.md.');
  } else {
    console.log(
      `Only ${only?.join(', ')} (COTUTOR_BENCH_ONLY): docs/benchmarks.md left as it was.`,
    );
  }
} finally {
  await browser?.close();
  await bare?.close();
  await host?.close();
  await rm(temp, { recursive: true, force: true });
}
