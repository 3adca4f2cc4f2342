/**
 * Runs every check and suite the project has, in order, and ends with one line
 * "N passed, N failed" over all of them. Typecheck, lint and build count as one
 * check each; test suites count their tests (from their JSON reports). A test
 * that passed only on a retry counts as failed, with a note naming it.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { judgePlaywrightRun, readPlaywrightReport } from './playwright-report.ts';

type Tally = { passed: number; failed: number; skipped: number; notes: string[] };
const tally: Tally = { passed: 0, failed: 0, skipped: 0, notes: [] };
const REPORTS = 'test-results/reports';

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  console.log(`\n▶ ${command} ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

async function check(name: string, command: string, args: string[]): Promise<boolean> {
  const ok = (await run(command, args)) === 0;
  if (ok) tally.passed++;
  else {
    tally.failed++;
    tally.notes.push(`${name} failed`);
  }
  return ok;
}

function readJson(path: string): unknown {
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null;
}

async function vitest(project: string): Promise<void> {
  const output = join(REPORTS, `vitest-${project}.json`);
  const code = await run('npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${output}`,
  ]);
  const report = readJson(output) as {
    numPassedTests: number;
    numFailedTests: number;
    numPendingTests: number;
    numTodoTests: number;
    numFailedTestSuites: number;
  } | null;
  if (report === null) {
    tally.failed++;
    tally.notes.push(`vitest ${project} produced no report (exit ${code})`);
    return;
  }
  tally.passed += report.numPassedTests;
  // A file that fails to load counts as a failure even when it has no tests to fail.
  tally.failed +=
    report.numFailedTests +
    (report.numFailedTests === 0 && code !== 0 ? Math.max(1, report.numFailedTestSuites) : 0);
  tally.skipped += report.numPendingTests + report.numTodoTests;
}

async function playwright(project: string): Promise<void> {
  const output = join(REPORTS, `playwright-${project}.json`);
  const code = await run(
    'npx',
    ['playwright', 'test', '--project', project, '--reporter=list,json'],
    { PLAYWRIGHT_JSON_OUTPUT_NAME: output },
  );
  const verdict = judgePlaywrightRun(project, readPlaywrightReport(output), code);
  tally.passed += verdict.passed;
  tally.failed += verdict.failed;
  tally.skipped += verdict.skipped;
  tally.notes.push(...verdict.notes);
}

async function main(): Promise<void> {
  rmSync(REPORTS, { recursive: true, force: true });
  mkdirSync(REPORTS, { recursive: true });

  await check('typecheck', 'npm', ['run', '--silent', 'typecheck']);
  await check('lint', 'npm', ['run', '--silent', 'lint']);
  await vitest('unit');
  await vitest('integration');
  const built = await check('build', 'npm', ['run', '--silent', 'build']);
  if (built) {
    await playwright('e2e');
    await playwright('electron');
  } else {
    tally.failed++;
    tally.notes.push('end-to-end suites not run: the build failed');
  }

  console.log('\n──────── summary ────────');
  for (const note of tally.notes) console.log(note);
  if (tally.skipped > 0) console.log(`${tally.skipped} skipped`);
  console.log(`${tally.passed} passed, ${tally.failed} failed`);
  process.exitCode = tally.failed === 0 ? 0 : 1;
}

await main();
