import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type Browser, chromium, type Page, test } from '@playwright/test';

import { loadHostedCertificate } from '../../electron/services/sharing/hosted/certificate';
import { CHROMIUM_ARGS } from '../../electron/web-host/chromium-print';
import { type AppHost, expect, screenshot, startApp } from './fixtures';
import { card, richField } from './helpers';

const TITLE = 'CLIL week, hosted in the room';
const WELCOME = 'Welcome, introductions and the aims of the week';
const quiet = { info: () => undefined, warn: () => undefined };

/**
 * "Host on this computer" in the browser: the window's WebSockets go over
 * wss:// to the hosted server, whose certificate no authority signed. The
 * desktop app trusts it by the invite's pin (setCertificateVerifyProc); the web
 * host's Chromium has no such hook, so it is told the pin at launch, as its
 * public key's SHA-256 in standard base64 (docs/security.md).
 */
test('a program hosted on this computer syncs over TLS, its certificate trusted by the pin', async () => {
  const hostData = await mkdtemp(join(tmpdir(), 'cotutor-e2e-hosting-'));
  // The certificate the host will use, made beforehand so that the browser can be told its pin.
  const { pin } = await loadHostedCertificate(join(hostData, 'hosted-rooms'), quiet);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      ...CHROMIUM_ARGS,
      `--ignore-certificate-errors-spki-list=${Buffer.from(pin, 'base64url').toString('base64')}`,
    ],
  });
  const apps: AppHost[] = [];
  try {
    // Two windows of the hosting computer: each syncs with the hosted server on its
    // own connection (y-websocket's BroadcastChannel is off), so what one types
    // reaches the other only through the server. (Another web host's page is
    // another origin, which the hosted server refuses; desktop apps share one.)
    const app = await startApp(hostData);
    const marieke = await open(browser, apps, app);
    await marieke.getByRole('button', { name: 'New program' }).first().click();
    const create = marieke.getByRole('dialog', { name: 'New program' });
    await create.getByRole('radio', { name: /CLIL for subject teachers/ }).check();
    await create.getByLabel('Title').fill(TITLE);
    await create.getByRole('button', { name: 'Create program' }).click();
    await expect(marieke.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();
    await marieke.getByRole('button', { name: 'Share this program' }).click();
    const share = marieke.getByRole('dialog', { name: 'Share this program' });
    await share.getByRole('radio', { name: /Host on this computer/ }).check();
    await share.getByRole('button', { name: 'Share', exact: true }).click();
    const invite = await share.getByLabel('Invite').inputValue();
    expect(new URL(invite).searchParams.get('server')).toMatch(/^wss:\/\/127\.0\.0\.1:/);
    expect(new URL(invite).searchParams.get('pin')).toBe(pin);
    await screenshot(marieke, 'share-hosted-wss');
    await share.getByRole('button', { name: 'Close' }).click();
    await expect(marieke.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible();

    const second = await open(browser, [], app);
    await second.getByRole('button', { name: `Open ${TITLE}` }).click();
    await expect(second.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible();
    await card(marieke, 1, WELCOME).click();
    await card(second, 1, WELCOME).click();
    await richField(marieke, 'Success criteria').click();
    await marieke.keyboard.press('Control+End');
    await marieke.keyboard.type(' Every table names one scaffold.');
    await expect(richField(second, 'Success criteria')).toContainText(
      'Every table names one scaffold.',
    );
  } finally {
    await browser.close();
    for (const app of apps) {
      await app.close();
      await rm(app.dataDirectory, { recursive: true, force: true });
    }
  }
});

async function open(browser: Browser, apps: AppHost[], app: AppHost): Promise<Page> {
  apps.push(app);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(app.url);
  return page;
}
