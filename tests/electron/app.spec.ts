import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import {
  _electron as electron,
  type ElectronApplication,
  expect,
  type Page,
  test,
} from '@playwright/test';

import { findElectronBinary } from './electron-binary';

/**
 * The real shell: the built app (out/, made by `npm test` before this runs)
 * started by the Electron binary on a throwaway profile. Where the binary is
 * not installed, the whole file reports itself as skipped, with the reason.
 */

const ROOT = resolve(import.meta.dirname, '../..');
const binary = findElectronBinary();

test.skip(
  'missing' in binary,
  `Electron binary not installed (node_modules/electron/dist missing): ${'missing' in binary ? binary.missing : ''}`,
);

async function launch(userData: string): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await electron.launch({
    executablePath: 'path' in binary ? binary.path : '',
    args: [ROOT],
    cwd: ROOT,
    env: { ...process.env, COTUTOR_USER_DATA: userData, ELECTRON_RENDERER_URL: '' },
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

test.describe('Cotutor desktop shell', () => {
  let userData: string;

  test.beforeAll(() => {
    userData = mkdtempSync(join(tmpdir(), 'cotutor-electron-'));
  });

  test.afterAll(() => {
    rmSync(userData, { recursive: true, force: true });
  });

  test('runs the interface sandboxed, from app://, with only the bridge exposed', async () => {
    const { app, page } = await launch(userData);
    try {
      const fromMain = await app.evaluate(({ BrowserWindow }) => {
        const [window] = BrowserWindow.getAllWindows();
        if (window === undefined) throw new Error('No window');
        // Not in Electron's typings, but present: the preferences the renderer really got.
        const contents = window.webContents as unknown as {
          getLastWebPreferences?: () => Record<string, unknown>;
        };
        return {
          url: window.webContents.getURL(),
          preferences: contents.getLastWebPreferences?.() ?? null,
        };
      });
      expect(fromMain.url.startsWith('app://cotutor/')).toBe(true);
      if (fromMain.preferences !== null) {
        expect(fromMain.preferences).toMatchObject({
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          webviewTag: false,
          webSecurity: true,
          allowRunningInsecureContent: false,
          experimentalFeatures: false,
        });
      }

      const fromPage = await page.evaluate(async () => {
        const scope = window as unknown as Record<string, unknown>;
        const bridge = scope.cotutor as Record<string, unknown>;
        const response = await fetch('/index.html');
        return {
          bridgeKeys: Object.keys(bridge).sort(),
          hasRequire: typeof scope.require,
          hasProcess: typeof scope.process,
          csp: response.headers.get('content-security-policy'),
          nosniff: response.headers.get('x-content-type-options'),
        };
      });
      expect(fromPage).toMatchObject({
        bridgeKeys: ['api', 'onCommand'],
        hasRequire: 'undefined',
        hasProcess: 'undefined',
        nosniff: 'nosniff',
      });
      expect(fromPage.csp).toContain("script-src 'self'");

      // Denied even for our own origin (an https link would be denied too, but handed to the system browser).
      const opened = await page.evaluate(() => window.open('app://cotutor/index.html') === null);
      expect(opened).toBe(true);
      expect(app.windows()).toHaveLength(1);
    } finally {
      await app.close();
    }
  });

  test('keeps a program created from the CLIL template, and its edited title, across a restart', async () => {
    const title = `Pavlodar CLIL week ${Date.now()}`;
    const first = await launch(userData);
    try {
      const { page } = first;
      await page.getByRole('button', { name: 'New program' }).first().click();
      const dialog = page.getByRole('dialog', { name: 'New program' });
      await dialog.getByRole('radio', { name: /CLIL for subject teachers/ }).check();
      await dialog.getByRole('button', { name: 'Create program' }).click();
      await expect(page.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();

      // The title is a field of the program document; editing it goes through documents.append.
      await page.getByRole('link', { name: 'Program settings' }).click();
      const titleField = page.getByRole('textbox', { name: 'Title', exact: true });
      await titleField.fill(title);
      await titleField.press('Tab');
      await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
    } finally {
      // Quits through the app's own before-quit, which flushes storage first.
      await first.app.close();
    }

    const second = await launch(userData);
    try {
      const { page } = second;
      await expect(page.getByRole('heading', { name: 'Programs' })).toBeVisible();
      await page.getByRole('button', { name: `Open ${title}` }).click();
      await page.getByRole('link', { name: 'Program settings' }).click();
      await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(title);
    } finally {
      await second.app.close();
    }
  });
});
