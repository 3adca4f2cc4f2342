import { execFileSync } from 'node:child_process';

import type { Page } from '@playwright/test';

import { shareProgram, test } from './co-tutors';
import { expect, screenshot } from './fixtures';
import { createClilWeek, nameVersion, openHistory, retitle, versionRow } from './history-steps';

const TITLE = 'CLIL week, Pavlodar';
const APPROVED = 'Sent to partners, 12 March';

function banner(page: Page) {
  return page.getByRole('note').filter({ hasText: /^Approved version:/ });
}

function softLockPrompt(page: Page) {
  return page.getByRole('dialog', { name: 'Continue editing?' });
}

test('a co-tutor approves a version, edits on after one question, and exports the approved version', async ({
  marieke: { page },
}) => {
  // Printing waits for the printing browser, which is slow to start beside a competing load.
  test.setTimeout(180_000);
  await createClilWeek(page, TITLE);
  await openHistory(page);
  await page.getByRole('button', { name: 'Approve the program as it is now…' }).click();
  const approving = page.getByRole('dialog', { name: 'Approve for delivery' });
  const name = approving.getByLabel('Name of the approved version');
  await expect(name).toHaveValue(/^Approved for delivery, /);
  await name.fill(APPROVED);
  await approving.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(page.getByText(`“${APPROVED}” approved for delivery`)).toBeVisible();

  // The history says who approved it, and when.
  const row = versionRow(page, APPROVED);
  await expect(row).toContainText('Approved for delivery');
  await expect(
    row.getByRole('list', { name: `Approvals of “${APPROVED}”` }).getByRole('listitem'),
  ).toContainText(/Approved by Marieke Verhoeven, .*\d{1,2}:\d{2}$/);
  await expect(
    row.getByRole('button', { name: `Withdraw my approval of “${APPROVED}”` }),
  ).toBeVisible();
  await screenshot(page, 'approval-history');

  await page.getByRole('button', { name: 'Back to the week' }).click();
  await expect(banner(page)).toHaveText(`Approved version: “${APPROVED}” — no changes since`);
  await screenshot(page, 'approval-banner-no-changes');

  // The first edit of the approved state asks whether to go on.
  await retitle(page, 'CLIL week, after the pilot');
  await expect(softLockPrompt(page)).toContainText(
    `This program is approved for delivery as “${APPROVED}”. Continue editing?`,
  );
  await screenshot(page, 'approval-soft-lock');
  await softLockPrompt(page).getByRole('button', { name: 'Continue' }).click();
  await expect(softLockPrompt(page)).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('CLIL week, after the pilot');

  await page.getByRole('link', { name: 'Week' }).click();
  await expect(banner(page)).toHaveText(`Approved version: “${APPROVED}” — 1 change since`);
  await screenshot(page, 'approval-banner-one-change');

  // Asked once: a second edit goes through without a question.
  await page.getByRole('link', { name: 'Settings' }).click();
  const city = page.getByLabel('Venue city', { exact: true });
  await city.fill('Almaty');
  await city.press('Enter');
  await page.getByRole('link', { name: 'Week' }).click();
  await expect(banner(page)).toHaveText(`Approved version: “${APPROVED}” — 2 changes since`);
  await expect(softLockPrompt(page)).toBeHidden();

  // One click from the banner to the comparison.
  await banner(page).getByRole('link', { name: '2 changes since' }).click();
  await expect(page).toHaveURL(/\/history\/compare\/[0-9a-f-]{36}\/now$/);
  await expect(page.getByRole('status').filter({ hasText: /^2 changes$/ })).toBeVisible();
  const comparison = page.getByRole('main');
  await expect(
    comparison.getByRole('insertion').filter({ hasText: 'after the pilot' }),
  ).toBeVisible();
  await expect(comparison.getByRole('insertion').filter({ hasText: 'Almaty' })).toBeVisible();

  // The PDF of the approved version holds the program as approved: one session plan,
  // whose running header carries the program's title, prints in a few seconds.
  await page.getByRole('button', { name: 'Export as PDF or Word' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export as PDF or Word' });
  await expect(dialog.getByRole('radio', { name: 'Current state' })).toBeChecked();
  await dialog.getByRole('radio', { name: `Approved version “${APPROVED}”` }).check();
  await dialog.getByRole('radio', { name: 'One session plan' }).check();
  const preview = dialog.getByRole('region', { name: 'Print preview' });
  await expect(preview.getByRole('heading', { name: /^Welcome, introductions/ })).toBeVisible();
  const download = page.waitForEvent('download', { timeout: 90_000 });
  await dialog.getByRole('button', { name: 'Save PDF…' }).click();
  const path = await (await download).path();
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  expect(text).toContain(TITLE);
  expect(text).not.toContain('after the pilot');
});

test('a co-tutor sees the other’s approval and the banner', async ({
  server,
  marieke,
  aigerim,
}) => {
  // Two co-tutors, each with their own host and browser, beside a competing load.
  test.setTimeout(180_000);
  await shareProgram(marieke.page, aigerim.page, server);
  await openHistory(marieke.page);
  await nameVersion(marieke.page, APPROVED);
  await versionRow(marieke.page, APPROVED)
    .getByRole('button', { name: `Approve “${APPROVED}” for delivery` })
    .click();
  await marieke.page.getByRole('button', { name: 'Back to the week' }).click();

  await expect(banner(aigerim.page)).toHaveText(
    `Approved version: “${APPROVED}” — no changes since`,
  );
  await screenshot(aigerim.page, 'approval-banner-co-tutor');

  // Her own first edit of the approved state asks her; Cancel takes it back, for both.
  await aigerim.page.getByRole('link', { name: 'Settings' }).click();
  const title = aigerim.page.getByLabel('Title', { exact: true });
  await title.fill('CLIL week, changed by mistake');
  await title.press('Enter');
  await softLockPrompt(aigerim.page).getByRole('button', { name: 'Cancel' }).click();
  await expect(title).toHaveValue(TITLE);
  await expect(aigerim.page.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await aigerim.page.getByRole('link', { name: 'Week' }).click();
  await expect(banner(aigerim.page)).toHaveText(
    `Approved version: “${APPROVED}” — no changes since`,
  );
  // Her edit and its undo reached Marieke, who was asked nothing.
  await expect(banner(marieke.page)).toHaveText(
    `Approved version: “${APPROVED}” — no changes since`,
  );
  await expect(softLockPrompt(marieke.page)).toBeHidden();
  await openHistory(marieke.page);
  await openHistory(aigerim.page);
  const row = versionRow(aigerim.page, APPROVED);
  await expect(row).toContainText('Approved by Marieke Verhoeven,');
  // Aigerim's own approval joins Marieke's; withdrawing it leaves Marieke's.
  await row.getByRole('button', { name: `Approve “${APPROVED}” for delivery` }).click();
  await expect(versionRow(marieke.page, APPROVED)).toContainText('Approved by Aigerim Sultanova,');
  await row.getByRole('button', { name: `Withdraw my approval of “${APPROVED}”` }).click();
  await expect(versionRow(marieke.page, APPROVED)).not.toContainText('Aigerim Sultanova');
  await expect(versionRow(marieke.page, APPROVED)).toContainText('Approved by Marieke Verhoeven,');
});
