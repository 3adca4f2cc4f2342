import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { type Browser, type BrowserContext, type Page, test as base } from '@playwright/test';

import type { SyncServer } from '../../electron/services/sync-server';
import { startSyncServer } from '../../electron/services/sync-server';
import { type AppHost, expect, isWebHostOrigin, SCREENSHOTS, startApp } from './fixtures';
import { card, richField } from './helpers';

/** One co-tutor: their own computer (web host and store) and their own browser window. */
type CoTutor = { app: AppHost; context: BrowserContext; page: Page };

const test = base.extend<{ server: SyncServer; marieke: CoTutor; aigerim: CoTutor }>({
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
    const coTutor = await arrive(browser, 'Marieke Verhoeven', 'Teal');
    await use(coTutor);
    await leave(coTutor);
  },
  aigerim: async ({ browser }, use) => {
    const coTutor = await arrive(browser, 'Aigerim Sultanova', 'Magenta');
    await use(coTutor);
    await leave(coTutor);
  },
});

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

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });
}

const WELCOME = 'Welcome, introductions and the aims of the week';
const FOUR_CS = 'The 4Cs framework';

test('two co-tutors edit one program live, see each other, and merge offline edits', async ({
  server,
  marieke,
  aigerim,
}) => {
  const a = marieke.page;
  const b = aigerim.page;

  // Marieke creates the week and shares it on the project's sync server.
  await a.getByRole('button', { name: 'New program' }).first().click();
  const create = a.getByRole('dialog', { name: 'New program' });
  await create.getByRole('radio', { name: /CLIL for subject teachers/ }).check();
  await create.getByLabel('Title').fill('CLIL week, Pavlodar');
  await create.getByRole('button', { name: 'Create program' }).click();
  await expect(a.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();
  await a.getByRole('button', { name: 'Share this program' }).click();
  const share = a.getByRole('dialog', { name: 'Share this program' });
  await share.getByLabel('Server address').fill(server.url);
  await share.getByRole('button', { name: 'Share', exact: true }).click();
  const invite = await share.getByLabel('Invite').inputValue();
  expect(invite).toMatch(/^cotutor:\/\/join\//);
  await share.getByRole('button', { name: 'Close' }).click();
  await expect(a.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible();

  // Aigerim joins with the invite; the program arrives whole.
  await b.getByRole('button', { name: 'Join a shared program' }).click();
  const join = b.getByRole('dialog', { name: 'Join a shared program' });
  await join.getByLabel('Invite').fill(invite);
  await join.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(b.getByRole('heading', { name: 'Day 5', exact: true })).toBeVisible();
  await expect(card(b, 1, FOUR_CS)).toHaveAccessibleName(/^09:45–11:15/);

  // Presence: each sees the other.
  await expect(
    b
      .getByRole('list', { name: 'Co-tutors in this program' })
      .getByRole('listitem', { name: /Marieke Verhoeven/ }),
  ).toBeVisible();
  await expect(
    a
      .getByRole('list', { name: 'Co-tutors in this program' })
      .getByRole('listitem', { name: /Aigerim Sultanova/ }),
  ).toBeVisible();

  // A block retimed by Marieke moves for Aigerim.
  await card(a, 1, WELCOME).click();
  await a.getByLabel('Duration', { exact: true }).fill('60');
  await a.getByLabel('Duration', { exact: true }).press('Enter');
  await expect(card(b, 1, FOUR_CS)).toHaveAccessibleName(/^10:00–11:30/);

  // Both in the same session: Marieke's text appears in the same field for Aigerim,
  // with her cursor in that field and nowhere else.
  await card(b, 1, WELCOME).click();
  const field = richField(a, 'Success criteria');
  await field.click();
  await a.keyboard.press('Control+End');
  await a.keyboard.type(' Every table names one scaffold.');
  const mirrored = richField(b, 'Success criteria');
  await expect(mirrored).toContainText('Every table names one scaffold.');
  await expect(b.getByText('Marieke Verhoeven is editing this field')).toBeVisible();
  const cursorField = b.locator('.rich-field', {
    has: b.getByText('Marieke Verhoeven is editing this field'),
  });
  await expect(cursorField.getByRole('textbox', { name: 'Success criteria' })).toBeVisible();
  await expect(b.getByText('Marieke Verhoeven is editing this field')).toHaveCount(1);
  await shot(a, 'co-editing-marieke');
  await shot(b, 'co-editing-aigerim');

  // Marieke goes offline; both edit the same session; she comes back; both see both edits.
  await marieke.context.setOffline(true);
  await expect(a.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
  await a.getByLabel('Location').fill('Assembly hall');
  await a.getByLabel('Location').press('Enter');
  await expect(
    a.getByRole('status').filter({ hasText: /1 change not yet synced|changes not yet synced/ }),
  ).toBeVisible();
  await b.getByLabel('Target group and discipline').fill('Biology and geography teachers');
  await b.getByLabel('Target group and discipline').press('Enter');
  await marieke.context.setOffline(false);
  await expect(a.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(a.getByLabel('Target group and discipline')).toHaveValue(
    'Biology and geography teachers',
  );
  await expect(b.getByLabel('Location')).toHaveValue('Assembly hall');
});

test('a program travels between two computers as a .cotutor file and merges there', async ({
  marieke,
  aigerim,
}) => {
  const a = marieke.page;
  const b = aigerim.page;

  await a.getByRole('button', { name: 'New program' }).first().click();
  const create = a.getByRole('dialog', { name: 'New program' });
  await create.getByRole('radio', { name: /EMI/ }).check();
  await create.getByLabel('Title').fill('EMI week, Astana');
  await create.getByRole('button', { name: 'Create program' }).click();
  await expect(a.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();

  const exportFile = async (page: Page, name: string): Promise<string> => {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export this program as a .cotutor file' }).click();
    const file = join(await mkdtemp(join(tmpdir(), 'cotutor-file-')), name);
    await (await download).saveAs(file);
    return file;
  };
  const importFile = async (page: Page, file: string): Promise<void> => {
    const library = page.getByRole('heading', { name: 'Programs' });
    if (!(await library.isVisible()))
      await page
        .getByRole('button', { name: /Library/ })
        .first()
        .click();
    await expect(library).toBeVisible();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import a .cotutor file' }).click();
    await (await chooser).setFiles(file);
  };

  // To a computer that does not have it: it is added.
  await importFile(b, await exportFile(a, 'emi.cotutor'));
  await expect(b.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();

  // Both change it apart, then Aigerim's file comes back: Marieke has both changes.
  const first = (page: Page) =>
    page
      .getByRole('region', { name: 'Day 1', exact: true })
      .getByRole('button', { name: /^\d\d:\d\d–\d\d:\d\d, / })
      .first();
  await first(a).click();
  await a.getByLabel('Location').fill('Senate hall');
  await a.getByLabel('Location').press('Enter');
  await first(b).click();
  await b.getByLabel('Target group and discipline').fill('Law and economics lecturers');
  await b.getByLabel('Target group and discipline').press('Enter');
  await expect(b.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  const back = await exportFile(b, 'emi-aigerim.cotutor');
  await importFile(a, back);
  await expect(
    a.getByRole('status').filter({ hasText: /Merged emi-aigerim.cotutor/ }),
  ).toBeVisible();
  await first(a).click();
  await expect(a.getByLabel('Location')).toHaveValue('Senate hall');
  await expect(a.getByLabel('Target group and discipline')).toHaveValue(
    'Law and economics lecturers',
  );

  // A file that is not a program is refused and changes nothing.
  const bogus = join(await mkdtemp(join(tmpdir(), 'cotutor-file-')), 'notes.cotutor');
  await writeFile(bogus, 'not a program');
  await a
    .getByRole('button', { name: /Library/ })
    .first()
    .click();
  const rows = a.getByRole('table', { name: 'Programs' }).getByRole('row');
  await expect(rows).toHaveCount(2);
  await importFile(a, bogus);
  await expect(
    a.getByRole('status').filter({ hasText: /notes\.cotutor was not imported/ }),
  ).toBeVisible();
  await expect(rows).toHaveCount(2);
});

test("a program renamed by a co-tutor shows its new title in the other's open library, without a click", async ({
  server,
  marieke,
  aigerim,
}) => {
  const a = marieke.page;
  const b = aigerim.page;

  // Marieke creates and shares a week; Aigerim joins it and keeps it open.
  await a.getByRole('button', { name: 'New program' }).first().click();
  const create = a.getByRole('dialog', { name: 'New program' });
  await create.getByLabel('Title').fill('CLIL week, Pavlodar');
  await create.getByRole('button', { name: 'Create program' }).click();
  await expect(a.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();
  await a.getByRole('button', { name: 'Share this program' }).click();
  const share = a.getByRole('dialog', { name: 'Share this program' });
  await share.getByLabel('Server address').fill(server.url);
  await share.getByRole('button', { name: 'Share', exact: true }).click();
  const invite = await share.getByLabel('Invite').inputValue();
  await share.getByRole('button', { name: 'Close' }).click();
  await b.getByRole('button', { name: 'Join a shared program' }).click();
  const join = b.getByRole('dialog', { name: 'Join a shared program' });
  await join.getByLabel('Invite').fill(invite);
  await join.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(b.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();

  // Aigerim's library is open in a second window of hers.
  const library = await aigerim.context.newPage();
  await library.goto(aigerim.app.url);
  await expect(library.getByRole('button', { name: 'Open CLIL week, Pavlodar' })).toBeVisible();

  // Marieke renames the week in its settings.
  await a.getByRole('link', { name: 'Program settings' }).click();
  const title = a.getByLabel('Title', { exact: true });
  await title.fill('CLIL week, Astana');
  await title.press('Enter');

  // Once the new title has reached Aigerim through sync, her library shows it within a second.
  await expect(b.getByRole('heading', { name: 'CLIL week, Astana', level: 1 })).toBeVisible();
  await expect(library.getByRole('button', { name: 'Open CLIL week, Astana' })).toBeVisible({
    timeout: 1_000,
  });
  await expect(library.getByRole('button', { name: 'Open CLIL week, Pavlodar' })).toHaveCount(0);
  await shot(library, 'library-renamed-by-co-tutor');
});
