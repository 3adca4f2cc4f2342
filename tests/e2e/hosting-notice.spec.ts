import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import type { HostingOptions } from '../../electron/services/host/hosting';
import {
  type HostedProcess,
  launchNodeChild,
} from '../../electron/services/sharing/hosted/child-process';
import { wifi } from '../support/wifi';
import { type AppHost, expect, screenshot, startApp, test } from './fixtures';

/**
 * "Host on this computer" tells the user, on any screen, what it needs them to
 * decide or know: a launch on a new network waits for their consent, and a
 * server that kept crashing has stopped. The web host gives its hosting the
 * network and the child processes of the test, as Electron gives the computer's.
 */

let directory: string;
let app: AppHost | null = null;

test.beforeEach(async () => {
  directory = await mkdtemp(join(tmpdir(), 'cotutor-hosting-'));
});

test.afterEach(async ({ page }) => {
  await quit(page);
  await rm(directory, { recursive: true, force: true });
});

/** The page leaves first, as a window closes before the app quits: its event stream must not be cut. */
async function quit(page: Page): Promise<void> {
  await page.goto('about:blank');
  await app?.close();
  app = null;
}

/** Hosting was on when the app last quit, approved on these networks. */
async function hostingWasOn(networks: string[]): Promise<void> {
  await writeFile(
    join(directory, 'hosting.json'),
    JSON.stringify({ enabled: true, port: null, networks }),
  );
}

async function hostingPreference(): Promise<{ enabled: boolean; networks: string[] }> {
  return JSON.parse(await readFile(join(directory, 'hosting.json'), 'utf8')) as {
    enabled: boolean;
    networks: string[];
  };
}

async function launch(page: Page, hosting: HostingOptions): Promise<void> {
  await quit(page);
  app = await startApp(directory, { hosting: { port: 0, ...hosting } });
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Programs' })).toBeVisible();
}

const notice = (page: Page) => page.getByRole('region', { name: 'Host on this computer' });

test('a launch on a network not hosted on asks first: yes hosts there from now on, “Turn hosting off” leaves it off', async ({
  page,
}) => {
  await hostingWasOn(['10.9.8.0/24']);
  await launch(page, { interfaces: () => wifi('192.168.1.23') });
  await expect(notice(page)).toContainText(
    'it is now on a network it has not hosted on before (192.168.1.0/24)',
  );
  await screenshot(page, 'hosting-new-network');
  await notice(page).getByRole('button', { name: 'Host on this network' }).click();
  await expect(notice(page)).toHaveCount(0);
  await expect
    .poll(() => hostingPreference())
    .toMatchObject({ enabled: true, networks: ['10.9.8.0/24', '192.168.1.0/24'] });

  // The next launch on that network hosts without asking.
  await launch(page, { interfaces: () => wifi('192.168.1.40') });
  await expect(page.getByRole('button', { name: 'New program' }).first()).toBeVisible();
  await expect(notice(page)).toHaveCount(0);

  // Another network asks again; "Turn hosting off" is remembered.
  await launch(page, { interfaces: () => wifi('172.16.4.9') });
  await expect(notice(page)).toContainText('(172.16.4.0/24)');
  await notice(page).getByRole('button', { name: 'Turn hosting off' }).click();
  await expect(notice(page)).toHaveCount(0);
  await expect.poll(async () => (await hostingPreference()).enabled).toBe(false);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Programs' })).toBeVisible();
  await expect(notice(page)).toHaveCount(0);
});

test('“Not now” hides the question until the next launch, hosting still waiting', async ({
  page,
}) => {
  await hostingWasOn(['10.9.8.0/24']);
  await launch(page, { interfaces: () => wifi('192.168.1.23') });
  await notice(page).getByRole('button', { name: 'Not now' }).click();
  await expect(notice(page)).toHaveCount(0);
  expect(await hostingPreference()).toMatchObject({ enabled: true, networks: ['10.9.8.0/24'] });
  await launch(page, { interfaces: () => wifi('192.168.1.23') });
  await expect(notice(page)).toContainText('(192.168.1.0/24)');
});

test('a hosted server that keeps crashing is reported as stopped, on the screen in use, and “Try again” hosts again', async ({
  page,
}) => {
  const launched: HostedProcess[] = [];
  const child = launchNodeChild();
  await hostingWasOn(['192.168.1.0/24']);
  await launch(page, {
    interfaces: () => wifi('192.168.1.23'),
    // One restart a minute: the second crash is the last straw.
    restartPolicy: { delaysMs: [0], perMinute: 1 },
    launch: () => {
      const started = child();
      launched.push(started);
      return started;
    },
  });
  // Hosting resumed by itself on an approved network: nothing to say.
  await expect.poll(() => launched.length).toBe(1);
  await expect(notice(page)).toHaveCount(0);

  process.kill(launched[0]?.pid ?? -1, 'SIGKILL');
  await expect.poll(() => launched.length).toBe(2);
  await expect(notice(page)).toHaveCount(0);
  process.kill(launched[1]?.pid ?? -1, 'SIGKILL');
  await expect(notice(page)).toContainText(
    'Hosting on this computer has stopped: its sync server stopped unexpectedly several times within a minute.',
  );
  await screenshot(page, 'hosting-failed');

  await notice(page).getByRole('button', { name: 'Try again' }).click();
  await expect(notice(page)).toHaveCount(0);
  expect(launched).toHaveLength(3);
});
