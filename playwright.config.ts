import { defineConfig } from '@playwright/test';

import { CHROMIUM_ARGS } from './electron/web-host/chromium-print';

/**
 * Two suites: the renderer in Debian's Chromium against the web host (e2e), and
 * the packaged shell through Playwright's Electron support (electron), which
 * skips itself where the Electron binary is not installed.
 */
export default defineConfig({
  outputDir: 'test-results/playwright',
  timeout: 120_000,
  // A step waits on its condition up to 30 s: creating a program from a template (hundreds of
  // fields) or a first print can take that long on a 2-core machine under load.
  expect: { timeout: 30_000 },
  fullyParallel: false,
  workers: 1,
  // One retry tells a flaky test (it passes on the second attempt) from a steady
  // failure in the report; a flaky test still fails the run, here and in npm test.
  retries: 1,
  failOnFlakyTests: true,
  reporter: [['list']],
  projects: [
    {
      name: 'e2e',
      testDir: 'tests/e2e',
      testMatch: '**/*.spec.ts',
      use: {
        browserName: 'chromium',
        viewport: { width: 1280, height: 800 },
        // Debian's Chromium: browsers cannot be downloaded on these machines.
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [...CHROMIUM_ARGS],
        },
      },
    },
    { name: 'electron', testDir: 'tests/electron', testMatch: '**/*.spec.ts' },
  ],
});
