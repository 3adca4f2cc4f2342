import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { startSyncServer, type SyncServer } from '../../electron/services/sync-server';
import { shareProgram, test } from './co-tutors';
import { expect, isWebHostOrigin, SCREENSHOTS } from './fixtures';
import { nameVersion, openHistory, retitle, versionRow } from './history-steps';

const TITLE = 'CLIL week, Pavlodar';
const LATER = 'CLIL week, Almaty';
const quiet = { info: () => undefined, warn: () => undefined };

/** A sync server of the test's own, so that it can be stopped and started again on its port. */
async function ownServer(dataDirectory: string, port = 0): Promise<SyncServer> {
  return startSyncServer({
    host: '127.0.0.1',
    port,
    dataDirectory,
    allowedOrigins: isWebHostOrigin,
    log: quiet,
  });
}

/**
 * Opens a version the other co-tutor kept, read-only. Its body may still be on
 * its way to the server (the keeper's computer retries its upload after an
 * outage): then the viewer says so, and "Try again" opens it once it is there.
 */
async function openTheirVersion(page: Page, name: string, title: string): Promise<void> {
  await versionRow(page, name)
    .getByRole('button', { name: `Open “${name}” read-only` })
    .click();
  const old = page.getByRole('main').getByRole('heading', { name: title, exact: true });
  await expect(async () => {
    const retry = page.getByRole('button', { name: 'Try again' });
    if (await retry.isVisible()) await retry.click();
    await expect(old).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 60_000 });
}

test('a version one co-tutor names, the other opens from the sync server and compares with now', async ({
  marieke,
  aigerim,
}) => {
  test.setTimeout(150_000);
  const dataDirectory = await mkdtemp(join(tmpdir(), 'cotutor-versions-e2e-'));
  let server = await ownServer(dataDirectory);
  const a = marieke.page;
  const b = aigerim.page;
  // While `cut`, the windows' connections to the server are closed by the test
  // as they open (a browser taken offline would lose its own web host too).
  const network = { cut: false };
  for (const { context } of [marieke, aigerim]) {
    await context.routeWebSocket(/./, (ws) => {
      if (network.cut) void ws.close({ code: 1006 });
      else ws.connectToServer();
    });
  }
  try {
    await shareProgram(a, b, server);

    // Marieke names a version, then changes the program.
    await openHistory(a);
    await nameVersion(a, 'Sent to partners');
    await retitle(a, LATER);

    // Aigerim sees the version in her history, marked as not on her computer yet.
    await expect(b.getByRole('heading', { level: 1, name: LATER })).toBeVisible();
    await openHistory(b);
    const row = versionRow(b, 'Sent to partners');
    await expect(row.getByText('On the sync server')).toBeVisible();
    await b.screenshot({ path: join(SCREENSHOTS, 'versions-shared-on-server.png') });

    // She opens it read-only: the old title, fetched from the server.
    await openTheirVersion(b, 'Sent to partners', TITLE);
    await expect(b.getByRole('note')).toHaveText(/^Version “Sent to partners” of .+ — read-only/);
    await b.screenshot({ path: join(SCREENSHOTS, 'versions-shared-opened.png') });

    // Compared with now: the retitle is one of the changes.
    await b.getByRole('button', { name: 'Compare with now' }).click();
    await expect(b.getByRole('status').filter({ hasText: /^[1-9]\d* changes?$/ })).toBeVisible();
    await expect(b.getByRole('insertion').filter({ hasText: 'Almaty' })).toBeVisible();
    await b.screenshot({ path: join(SCREENSHOTS, 'versions-shared-compared.png') });

    // Back in the history the body is on her computer now: no mark any more.
    await b.getByRole('button', { name: /Back to the history/ }).click();
    await expect(versionRow(b, 'Sent to partners')).toBeVisible();
    await expect(versionRow(b, 'Sent to partners').getByText('On the sync server')).toBeHidden();

    // Offline: the server goes away, and with it every connection; Marieke's
    // computer cannot upload the version she names now.
    network.cut = true;
    const { port } = server;
    await server.close();
    await expect(a.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
    await openHistory(a);
    await nameVersion(a, 'Kept offline');
    await expect(versionRow(b, 'Kept offline')).toBeHidden();

    // The server comes back; so do the connections; Aigerim opens the version.
    server = await ownServer(dataDirectory, port);
    network.cut = false;
    await expect(versionRow(b, 'Kept offline')).toBeVisible({ timeout: 30_000 });
    await openTheirVersion(b, 'Kept offline', LATER);
  } finally {
    // The windows outlive this server: they must not try to reach it once it is gone.
    network.cut = true;
    await server.close();
    await rm(dataDirectory, { recursive: true, force: true });
  }
});
