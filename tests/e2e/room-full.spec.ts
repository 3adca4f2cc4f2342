import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { test as base } from '@playwright/test';

import { startSyncServer, type SyncServer } from '../../electron/services/sync-server';
import { expect, isWebHostOrigin, SCREENSHOTS, startApp } from './fixtures';
import { card, richField } from './helpers';

/** A room that holds a template program (about 300 KiB with its first sync) but not a long paste. */
const ROOM_LIMIT = 1024 * 1024;

const test = base.extend<{ server: SyncServer }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright reads dependencies from this pattern
  server: async ({}, use) => {
    const dataDirectory = await mkdtemp(join(tmpdir(), 'cotutor-room-full-'));
    const server = await startSyncServer({
      host: '127.0.0.1',
      port: 0,
      dataDirectory,
      allowedOrigins: isWebHostOrigin,
      maxRoomBytes: ROOM_LIMIT,
      log: { info: () => undefined, warn: () => undefined },
    });
    await use(server);
    await server.close();
    await rm(dataDirectory, { recursive: true, force: true });
  },
});

test('a program past the server’s size limit says so, not that its key was replaced, and keeps the text', async ({
  server,
  browser,
}) => {
  const app = await startApp();
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  try {
    await page.goto(app.url);
    await page.getByRole('button', { name: 'New program' }).first().click();
    const create = page.getByRole('dialog', { name: 'New program' });
    await create.getByRole('radio', { name: /CLIL for subject teachers/ }).check();
    await create.getByLabel('Title').fill('CLIL week, Pavlodar');
    await create.getByRole('button', { name: 'Create program' }).click();
    await page.getByRole('button', { name: 'Share this program' }).click();
    const share = page.getByRole('dialog', { name: 'Share this program' });
    await share.getByLabel('Server address').fill(server.url);
    await share.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(share.getByLabel('Invite')).toHaveValue(/^cotutor:\/\/join\//);
    await share.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible();

    // A reading pasted whole into the success criteria: more than the server keeps for one room.
    await card(page, 1, 'Welcome, introductions and the aims of the week').click();
    const notes = richField(page, 'Success criteria');
    await notes.click();
    const paragraph = 'Scaffolded reading: the glossary of key terms comes before the text. ';
    await page.keyboard.insertText(paragraph.repeat(Math.ceil(ROOM_LIMIT / paragraph.length) + 50));

    const badge = page.getByRole('status').filter({ hasText: 'Not syncing' });
    await expect(badge).toBeVisible();
    await expect(badge).toHaveAttribute('title', /largest size the server accepts/);
    await expect(badge).not.toHaveAttribute('title', /key/);
    await page.screenshot({ path: join(SCREENSHOTS, 'room-full.png') });

    // Nothing typed is lost: the program on this computer still holds the paste.
    await page.reload();
    await expect(richField(page, 'Success criteria')).toContainText('the glossary of key terms');
  } finally {
    await context.close();
    await app.close();
    await rm(app.dataDirectory, { recursive: true, force: true });
  }
});
