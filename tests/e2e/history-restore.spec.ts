import type { Page } from '@playwright/test';

import { type AppHost, expect, openApp, test } from './fixtures';
import { card } from './helpers';
import {
  createClilWeek,
  FOUR_CS,
  nameVersion,
  openHistory,
  retitle,
  versionRow,
} from './history-steps';

/*
 * Restore and compare through the screens, end to end: they need the real
 * restoreProgram, restoreSession and compareProgramStates (shared/history).
 */

const TITLE = 'CLIL week, Pavlodar';
const BEFORE = 'Before the pilot';

async function openVersion(page: Page, name: string) {
  await openHistory(page);
  await versionRow(page, name)
    .getByRole('button', { name: `Open “${name}” read-only` })
    .click();
  await expect(page.getByRole('note')).toContainText('read-only');
}

/** A new CLIL week, and a version of it named before anything changes. */
async function weekWithVersion(page: Page, app: AppHost) {
  await openApp(page, app);
  await createClilWeek(page, TITLE);
  await openHistory(page);
  await nameVersion(page, BEFORE);
}

test('restoring a version puts the whole program back, keeps the state before it, and is undone by Undo', async ({
  page,
  app,
}) => {
  await weekWithVersion(page, app);
  await retitle(page, 'CLIL week, after the pilot');

  await openVersion(page, BEFORE);
  await page.getByRole('button', { name: 'Restore this version' }).click();
  const dialog = page.getByRole('dialog', { name: 'Restore this version?' });
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(page.getByText(`Restored “${BEFORE}”`)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();

  await openHistory(page);
  await expect(versionRow(page, 'Before a restore')).toHaveCount(1);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'CLIL week, after the pilot' }),
  ).toBeVisible();
});

test('restoring one session from a version puts back that session only', async ({ page, app }) => {
  await weekWithVersion(page, app);
  await page.getByRole('button', { name: /Back to the week/ }).click();
  await card(page, 1, FOUR_CS).click();
  const title = page.getByLabel('Title', { exact: true });
  await title.fill('The 4Cs, shortened');
  await title.press('Enter');
  await page.getByRole('button', { name: 'Back to week' }).click();
  await expect(card(page, 1, 'The 4Cs, shortened')).toBeVisible();
  await retitle(page, 'CLIL week, after the pilot');

  await openVersion(page, BEFORE);
  await page
    .getByRole('button', { name: `Restore the session “${FOUR_CS}” as it was in this version` })
    .click();
  await expect(page.getByText(`Restored the session “${FOUR_CS}”`)).toBeVisible();
  await expect(card(page, 1, FOUR_CS)).toBeVisible();
  // The rest of the program stays as it is now.
  await expect(
    page.getByRole('heading', { level: 1, name: 'CLIL week, after the pilot' }),
  ).toBeVisible();
});

test('comparing the version sent to partners with now counts what changed since', async ({
  page,
  app,
}) => {
  await weekWithVersion(page, app);
  await retitle(page, 'CLIL week, after the pilot');
  await openHistory(page);
  await versionRow(page, BEFORE)
    .getByRole('button', { name: `Compare “${BEFORE}” with the program now` })
    .click();
  await expect(page.getByRole('status').filter({ hasText: /^[1-9]\d* changes?$/ })).toBeVisible();
});
