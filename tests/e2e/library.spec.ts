import type { Page } from '@playwright/test';

import { expect, openApp, screenshot, test } from './fixtures';

async function createProgram(page: Page, template: RegExp, title: string): Promise<void> {
  await page.getByRole('button', { name: 'New program' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New program' });
  await dialog.getByRole('radio', { name: template }).check();
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('button', { name: 'Create program' }).click();
  await expect(page.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();
  await page
    .getByRole('button', { name: /Library/ })
    .first()
    .click();
}

test('the library lists, filters, duplicates and deletes programs, with undo', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await createProgram(page, /EMI/, 'EMI week Astana');
  await createProgram(page, /Blank program/, 'Inclusive education Almaty');

  const rows = page.getByRole('table', { name: 'Programs' }).getByRole('row');
  await expect(rows).toHaveCount(3);
  // Most recently edited first; each row shows theme, dates and venue.
  await expect(rows.nth(1)).toContainText('Inclusive education Almaty');
  await expect(rows.nth(2)).toContainText('EMI week Astana');
  await expect(rows.nth(2)).toContainText('Astana');

  await page.getByLabel('Filter programs by title').fill('emi');
  await expect(rows).toHaveCount(2);
  await page.getByLabel('Filter programs by title').fill('no such program');
  await expect(page.getByText('No program title contains “no such program”.')).toBeVisible();
  await page.getByLabel('Filter programs by title').fill('');

  await page.getByRole('button', { name: 'Duplicate EMI week Astana' }).click();
  await expect(page.getByRole('button', { name: 'Open EMI week Astana (copy)' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete EMI week Astana (copy)' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete this program?' });
  await expect(confirm).toContainText('EMI week Astana (copy)');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Open EMI week Astana (copy)' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete EMI week Astana (copy)' }).click();
  await page
    .getByRole('dialog', { name: 'Delete this program?' })
    .getByRole('button', { name: 'Delete program' })
    .click();
  await expect(page.getByRole('button', { name: 'Open EMI week Astana (copy)' })).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Open EMI week Astana (copy)' })).toBeVisible();

  // The duplicate is a program of its own: opening it shows the whole week.
  await page.getByRole('button', { name: 'Open EMI week Astana (copy)' }).click();
  await expect(page.getByRole('heading', { name: 'Day 5', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Day 5', exact: true })).toBeVisible();
});

test('a new program is refused an empty title or date, and the app follows the dark setting', async ({
  page,
  app,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page, app);
  await page.getByRole('button', { name: 'New program' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New program' });
  await dialog.getByLabel('Title').fill('   ');
  await expect(dialog.getByText('Give it a title.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Create program' })).toBeDisabled();
  await dialog.getByLabel('Title').fill('Blended learning week');
  await dialog.getByLabel('First day').fill('');
  await expect(dialog.getByRole('button', { name: 'Create program' })).toBeDisabled();
  await dialog.getByLabel('First day').fill('2026-09-07');
  await expect(dialog.getByRole('button', { name: 'Create program' })).toBeEnabled();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(20, 23, 28)');
  await screenshot(page, 'new-program-dark');
  await dialog.getByRole('button', { name: 'Create program' }).click();
  await expect(page.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();
  await screenshot(page, 'week-planner-dark');
});

/** Holds the template list back until released, as a busy computer does; returns the release. */
async function holdTemplates(page: Page): Promise<() => void> {
  let release = () => undefined as void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/library/templates', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test('a template list that arrives late replaces nothing the user typed or chose', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  const dialog = page.getByRole('dialog', { name: 'New program' });
  const title = dialog.getByLabel('Title');
  const clil = dialog.getByRole('radio', { name: /CLIL for subject teachers/ });
  const blank = dialog.getByRole('radio', { name: /Blank program/ });

  // A title typed and cleared again stays empty and refused when the list comes in.
  let release = await holdTemplates(page);
  await page.getByRole('button', { name: 'New program' }).first().click();
  await title.fill('Blended learning week');
  await title.fill('');
  await expect(dialog.getByText('Give it a title.')).toBeVisible();
  release();
  await expect(clil).toBeVisible();
  await expect(title).toHaveValue('');
  await expect(dialog.getByText('Give it a title.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Create program' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.unrouteAll({ behavior: 'wait' });

  // Blank picked and the caret in the empty title: the list arriving now changes neither.
  release = await holdTemplates(page);
  await page.getByRole('button', { name: 'New program' }).first().click();
  await blank.click();
  await title.click();
  release();
  await expect(clil).toBeVisible();
  await page.keyboard.type('Inclusive education week');
  await expect(title).toHaveValue('Inclusive education week');
  await expect(blank).toBeChecked();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.unrouteAll({ behavior: 'wait' });

  // Nor does a list still on its way hold up the user who is done.
  release = await holdTemplates(page);
  await page.getByRole('button', { name: 'New program' }).first().click();
  await title.fill('Action research week');
  await dialog.getByRole('button', { name: 'Create program' }).click();
  await expect(page.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();
  release();
  await page.unrouteAll({ behavior: 'wait' });
});
