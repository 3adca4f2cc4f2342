import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { judgePlaywrightRun, readPlaywrightReport } from '../tools/playwright-report.ts';

const ROOT = resolve(import.meta.dirname, '../..');
// Inside the project, so that the spec finds @playwright/test; test-results/ is not versioned.
const DIRECTORY = join(ROOT, 'test-results/playwright-report-fixture');

afterAll(() => rm(DIRECTORY, { recursive: true, force: true }));

/** Runs Playwright for real over a spec with one steady pass, one steady failure and one flake. */
async function runFixtureSuite(): Promise<{ report: string; exitCode: number }> {
  await mkdir(DIRECTORY, { recursive: true });
  await writeFile(
    join(DIRECTORY, 'playwright.config.ts'),
    "import { defineConfig } from '@playwright/test';\nexport default defineConfig({ testDir: '.', retries: 1, workers: 1, outputDir: 'output' });\n",
  );
  await writeFile(
    join(DIRECTORY, 'outcomes.spec.ts'),
    [
      "import { expect, test } from '@playwright/test';",
      "test('always passes', () => expect(1).toBe(1));",
      "test('always fails', () => expect(1).toBe(2));",
      "test('passes on the retry', ({}, info) => expect(info.retry).toBe(1));",
    ].join('\n'),
  );
  const report = join(DIRECTORY, 'report.json');
  const exitCode = await new Promise<number>((done) => {
    const child = spawn(
      'npx',
      [
        'playwright',
        'test',
        '--config',
        join(DIRECTORY, 'playwright.config.ts'),
        '--reporter=json',
      ],
      {
        cwd: ROOT,
        stdio: 'ignore',
        env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: report },
      },
    );
    child.on('close', (code) => done(code ?? 1));
  });
  return { report, exitCode };
}

describe('the test runners’ reading of a Playwright run', () => {
  it('counts a test that passed only on a retry as failed, and names it', async () => {
    const { report, exitCode } = await runFixtureSuite();
    const verdict = judgePlaywrightRun('fixture', readPlaywrightReport(report), exitCode);
    expect(verdict.passed).toBe(1);
    expect(verdict.failed).toBe(2);
    expect(verdict.notes).toEqual([
      'fixture: failed — outcomes.spec.ts:3 › always fails',
      'fixture: flaky, passed only on retry — outcomes.spec.ts:4 › passes on the retry',
    ]);
  }, 120_000);

  it('counts a run that left no report as one failure', () => {
    expect(
      judgePlaywrightRun('e2e', readPlaywrightReport(join(DIRECTORY, 'missing.json')), 1),
    ).toMatchObject({ failed: 1, passed: 0 });
  });
});
