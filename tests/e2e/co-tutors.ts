import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type Browser, type BrowserContext, type Page, test as base } from '@playwright/test';

import { startSyncServer, type SyncServer } from '../../electron/services/sync-server';
import { type AppHost, expect, isWebHostOrigin, startApp } from './fixtures';

/** One co-tutor: their own computer (web host and store) and their own browser window. */
export type CoTutor = { app: AppHost; context: BrowserContext; page: Page };

/** The project's sync server on 127.0.0.1, and two new users, each on their own computer. */
export const test = base.extend<{ server: SyncServer; marieke: CoTutor; aigerim: CoTutor }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads dependencies from this pattern
  server: async ({}, use) => {
    const dataDirectory = await mkdtemp(join(tmpdir(), 'cotutor-sync-e2e-'));
    const server = await startSyncServer({
      host: '127.0.0.1',
      port: 0,
      dataDirectory,
      allowedOrigins: isWebHostOrigin,
      log: { info: () => undefined, warn: () => undefined },
    });
    await use(server);
    await server.close();
    await rm(dataDirectory, { recursive: true, force: true });
  },
  marieke: async ({ browser }, use) => {
    await withCoTutor(browser, 'Marieke Verhoeven', 'Teal', use);
  },
  aigerim: async ({ browser }, use) => {
    await withCoTutor(browser, 'Aigerim Sultanova', 'Magenta', use);
  },
});

async function withCoTutor(
  browser: Browser,
  name: string,
  colour: string,
  use: (coTutor: CoTutor) => Promise<void>,
): Promise<void> {
  const coTutor = await arrive(browser, name, colour);
  const problems: string[] = [];
  coTutor.page.on('pageerror', (error) => problems.push(`${name}: page error: ${error.message}`));
  coTutor.page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // Chromium's offline emulation also cuts the page off from its own web host on
    // loopback, which a computer without a network still reaches (in the desktop
    // app the host is not even on the network). What it refuses meanwhile is the
    // harness's doing, and Chromium logs each refusal.
    if (message.text().includes('net::ERR_INTERNET_DISCONNECTED')) return;
    problems.push(`${name}: console error: ${message.text()}`);
  });
  await use(coTutor);
  await leave(coTutor);
  // A user never sees a script error; neither may the tests.
  expect(problems, problems.join('\n')).toEqual([]);
}

async function arrive(browser: Browser, name: string, colour: string): Promise<CoTutor> {
  const app = await startApp();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(app.url);
  await page.getByRole('button', { name: 'Preferences' }).click();
  const preferences = page.getByRole('dialog', { name: 'Preferences' });
  await preferences.getByLabel('Your name').fill(name);
  await preferences.getByLabel('Your name').press('Tab');
  await preferences.getByRole('radio', { name: colour }).check();
  await preferences.getByRole('button', { name: 'Close' }).click();
  return { app, context, page };
}

async function leave({ app, context }: CoTutor): Promise<void> {
  await context.close();
  await app.close();
  await rm(app.dataDirectory, { recursive: true, force: true });
}

/**
 * The owner creates a program from the CLIL template and shares it on the
 * server; the guest joins with the invite and waits until the week is there.
 */
export async function shareProgram(owner: Page, guest: Page, server: SyncServer): Promise<void> {
  await owner.getByRole('button', { name: 'New program' }).first().click();
  const create = owner.getByRole('dialog', { name: 'New program' });
  await create.getByRole('radio', { name: /CLIL for subject teachers/ }).check();
  await create.getByLabel('Title').fill('CLIL week, Pavlodar');
  await create.getByRole('button', { name: 'Create program' }).click();
  await expect(owner.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();
  await owner.getByRole('button', { name: 'Share this program' }).click();
  const share = owner.getByRole('dialog', { name: 'Share this program' });
  await share.getByLabel('Server address').fill(server.url);
  await share.getByRole('button', { name: 'Share', exact: true }).click();
  const invite = await share.getByLabel('Invite').inputValue();
  await share.getByRole('button', { name: 'Close' }).click();
  await expect(owner.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible();

  await guest.getByRole('button', { name: 'Join a shared program' }).click();
  const join = guest.getByRole('dialog', { name: 'Join a shared program' });
  await join.getByLabel('Invite').fill(invite);
  await join.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(guest.getByRole('heading', { name: 'Day 5', exact: true })).toBeVisible();
}
