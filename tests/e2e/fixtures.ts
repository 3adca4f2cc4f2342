import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { expect, type Page, test as base } from '@playwright/test';

import { startWebHost, type WebHost, type WebHostOptions } from '../../electron/web-host/server';

const ROOT = resolve(import.meta.dirname, '../..');
export const SCREENSHOTS = join(ROOT, 'test-results/screenshots');

export type AppHost = WebHost & { dataDirectory: string };

/** The browser the tests drive also prints the app's PDF exports (playwright.config.ts names the same). */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Starts a web host on 127.0.0.1 over a fresh data folder: a new user on a new
 * computer. With an exports folder, exports are saved there instead of downloaded;
 * hosting options give "Host on this computer" a network and a process of the test's.
 */
export async function startApp(
  dataDirectory?: string,
  {
    exportsDirectory,
    hosting,
  }: { exportsDirectory?: string; hosting?: WebHostOptions['hosting'] } = {},
): Promise<AppHost> {
  const directory = dataDirectory ?? (await mkdtemp(join(tmpdir(), 'cotutor-e2e-')));
  const host = await startWebHost({
    ...(exportsDirectory === undefined ? {} : { exportsDirectory }),
    ...(hosting === undefined ? {} : { hosting }),
    dataDirectory: directory,
    rendererDirectory: join(ROOT, 'out/renderer'),
    templatesDirectory: join(ROOT, 'resources/templates'),
    methodsDirectory: join(ROOT, 'resources/methods'),
    chromiumPath: CHROMIUM_PATH,
    log: { info: () => undefined, warn: (message) => console.warn(message) },
  });
  return { ...host, dataDirectory: directory };
}

/**
 * The pages of every web host a test starts (each on its own port): a sync
 * server of the tests accepts their WebSockets, as a real one accepts the app's.
 */
export const isWebHostOrigin = (origin: string): boolean =>
  /^http:\/\/127\.0\.0\.1:\d+$/.test(origin);

export const test = base.extend<{ app: AppHost }>({
  // Playwright reads a fixture's dependencies from its first parameter's pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const app = await startApp();
    await use(app);
    await app.close();
    await rm(app.dataDirectory, { recursive: true, force: true });
  },
  // The page depends on the app so that it closes first: a request the page makes
  // while the test ends (a deferred delete, a last save) still finds the host there.
  page: async ({ page, app }, use) => {
    void app;
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    await use(page);
    // A user never sees a script error; neither may the tests.
    expect(problems, problems.join('\n')).toEqual([]);
  },
});

export { expect };

/** Opens the app in the page as the user would open the preview's address. */
export async function openApp(page: Page, app: AppHost): Promise<void> {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Programs' })).toBeVisible();
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: false });
}

/** Waits until every edit has reached storage, as the status badge says. */
export async function waitUntilSaved(page: Page): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}
