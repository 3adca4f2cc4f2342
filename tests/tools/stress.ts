/**
 * `npm run test:stress`: the end-to-end suite several times in a row (five, or
 * COTUTOR_STRESS_RUNS) while one busy process per core competes for the CPU, as
 * on a loaded machine. Builds once, prints each run's tally and ends with one
 * line over all runs; exits with an error when any run had a failed or flaky
 * test. The busy processes end with the runner: on success, failure or Ctrl-C,
 * and on their own if the runner is killed outright.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

import { judgePlaywrightRun, readPlaywrightReport } from './playwright-report.ts';

const RUNS = Number(process.env.COTUTOR_STRESS_RUNS ?? 5);
const REPORTS = 'test-results/reports';
/** Longer than any stress run; a busy process that outlives it stops by itself. */
const LOAD_LIMIT_MS = 4 * 60 * 60 * 1000;

// A tight loop that looks up every few million turns whether its parent is still
// there (it is adopted by another when the parent dies) and whether its time is up.
const BUSY_LOOP = `
const parent = process.ppid;
const until = Date.now() + ${LOAD_LIMIT_MS};
for (;;) {
  for (let i = 0; i < 5e6; i++);
  if (process.ppid !== parent || Date.now() > until) process.exit(0);
}`;

const load: ChildProcess[] = [];

function startLoad(count: number): void {
  for (let i = 0; i < count; i++)
    load.push(spawn(process.execPath, ['-e', BUSY_LOOP], { stdio: 'ignore' }));
}

function stopLoad(): void {
  for (const child of load.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
}

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

const minutes = (ms: number) =>
  `${Math.floor(ms / 60_000)}:${String(Math.round((ms % 60_000) / 1000)).padStart(2, '0')}`;

async function main(): Promise<number> {
  if (!Number.isInteger(RUNS) || RUNS < 1)
    throw new Error(`COTUTOR_STRESS_RUNS must be a whole number of runs, not ${RUNS}.`);
  rmSync(REPORTS, { recursive: true, force: true });
  mkdirSync(REPORTS, { recursive: true });
  console.log('▶ npm run build');
  if ((await run('npm', ['run', '--silent', 'build'])) !== 0) {
    console.log('stress: not run, the build failed');
    return 1;
  }

  const busy = availableParallelism();
  startLoad(busy);
  const tallies: string[] = [];
  let failedRuns = 0;
  const started = Date.now();
  for (let index = 1; index <= RUNS; index++) {
    console.log(
      `\n▶ run ${index} of ${RUNS}: playwright test --project=e2e, ${busy} busy processes alongside`,
    );
    const output = join(REPORTS, `stress-e2e-${index}.json`);
    const runStarted = Date.now();
    const code = await run('npx', ['playwright', 'test', '--project=e2e', '--reporter=list,json'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: output,
    });
    const verdict = judgePlaywrightRun('e2e', readPlaywrightReport(output), code);
    if (verdict.failed > 0) failedRuns++;
    const tally = `run ${index}: ${verdict.passed} passed, ${verdict.failed} failed, ${verdict.skipped} skipped (${minutes(Date.now() - runStarted)})`;
    tallies.push(tally, ...verdict.notes.map((note) => `  ${note}`));
    console.log(tally);
  }
  stopLoad();

  console.log('\n──────── stress ────────');
  for (const line of tallies) console.log(line);
  console.log(
    `stress: ${RUNS - failedRuns} of ${RUNS} runs passed, ${busy} busy processes alongside, ${minutes(Date.now() - started)} in all`,
  );
  return failedRuns === 0 ? 0 : 1;
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    stopLoad();
    process.exit(130);
  });
}
process.on('exit', stopLoad);

try {
  process.exitCode = await main();
} finally {
  stopLoad();
}
