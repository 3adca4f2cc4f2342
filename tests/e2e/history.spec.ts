import { expect, openApp, screenshot, test } from './fixtures';
import {
  createClilWeek,
  FOUR_CS,
  nameVersion,
  openHistory,
  retitle,
  versionRow,
} from './history-steps';

const TITLE = 'CLIL week, Pavlodar';
const SENT = 'Sent to partners, 12 March';

test('a named version shows in the history, opens read-only and compares with now in one click', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await createClilWeek(page, TITLE);
  await openHistory(page);
  await expect(page.getByText(/^No versions yet/)).toBeVisible();

  await nameVersion(page, SENT);
  const sent = versionRow(page, SENT);
  await expect(sent).toContainText('Named');
  await expect(sent).toContainText(/by \S/);
  await expect(page.getByText(`Version “${SENT}” kept`)).toBeVisible();
  await screenshot(page, 'history-list');

  await retitle(page, 'CLIL week, after the pilot');
  await openHistory(page);
  await versionRow(page, SENT)
    .getByRole('button', { name: `Open “${SENT}” read-only` })
    .click();
  await expect(page.getByRole('note')).toHaveText(
    new RegExp(`^Version “${SENT}” of .+ — read-only`),
  );
  // The program as it was: its old title, the week at a glance and every session plan.
  const sheets = page.getByRole('main');
  await expect(sheets.getByRole('heading', { name: TITLE, exact: true })).toBeVisible();
  await expect(sheets.getByRole('heading', { name: 'The week at a glance' })).toBeVisible();
  await expect(sheets.getByRole('heading', { name: FOUR_CS, exact: true })).toBeVisible();
  expect(
    await sheets.getByRole('button', { name: /^Restore the session/ }).count(),
  ).toBeGreaterThan(5);
  // Nothing in it can be edited.
  await expect(sheets.locator('input, textarea, select, [contenteditable="true"]')).toHaveCount(0);
  await screenshot(page, 'history-version-read-only');

  // A link in the version's contents scrolls within it and leaves the app where it is.
  const address = page.url();
  await sheets.getByRole('link', { name: FOUR_CS }).first().click();
  expect(page.url()).toBe(address);
  await expect(
    sheets.getByRole('button', {
      name: `Restore the session “${FOUR_CS}” as it was in this version`,
    }),
  ).toBeInViewport();
  await screenshot(page, 'history-version-session');

  await page.getByRole('button', { name: 'Back to the history' }).click();
  await versionRow(page, SENT)
    .getByRole('button', { name: `Compare “${SENT}” with the program now` })
    .click();
  await expect(page).toHaveURL(/\/history\/compare\/[0-9a-f-]{36}\/now$/);
  await expect(
    page.getByRole('heading', { name: new RegExp(`^“${SENT}” \\(.+\\) compared with Now$`) }),
  ).toBeVisible();
  await screenshot(page, 'history-compare');
});

test('an export keeps an automatic version, and one more export of the same state keeps none', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await createClilWeek(page, TITLE);

  for (let round = 0; round < 2; round += 1) {
    await page.getByRole('button', { name: 'Export as PDF or Word' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export as PDF or Word' });
    await dialog.getByRole('radio', { name: 'Word (.docx)' }).check();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Save Word document…' }).click();
    await download;
    await expect(dialog).toBeHidden();
  }

  await openHistory(page);
  const automatic = versionRow(page, 'Automatic');
  await expect(automatic).toHaveCount(1);
  await expect(automatic).toContainText('Exported');
});

test('the first edit after opening keeps the program as it was before it', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await createClilWeek(page, TITLE);
  await retitle(page, 'CLIL week, draft 2');
  await openHistory(page);
  const automatic = versionRow(page, 'Started editing after a pause');
  await expect(automatic).toHaveCount(1);
  await automatic.getByRole('button', { name: /read-only$/ }).click();
  await expect(
    page.getByRole('main').getByRole('heading', { name: TITLE, exact: true }),
  ).toBeVisible();
});
