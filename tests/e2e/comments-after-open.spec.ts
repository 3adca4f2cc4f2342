import type { Page, Route } from '@playwright/test';

import {
  commentsPanel,
  expectHighlighted,
  highlighted,
  selectInField,
  setName,
} from './comment-helpers';
import { expect, openApp, screenshot, test, waitUntilSaved } from './fixtures';
import { card, richField } from './helpers';
import { createClilWeek, FOUR_CS, openHistory } from './history-steps';

const APPROVED = 'Sent to partners, 12 March';
const CRITERIA = 'Participants plan a CLIL lesson for their class.';

function banner(page: Page) {
  return page.getByRole('note').filter({ hasText: /^Approved version:/ });
}

/** Holds the review document's read back until the returned release is called. */
async function holdReview(
  page: Page,
): Promise<{ held: Promise<void>; release: () => Promise<void> }> {
  let route: Route | null = null;
  let onHeld: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    onHeld = resolve;
  });
  await page.route('**/api/documents/loadReview', (request) => {
    route = request;
    onHeld();
  });
  return {
    held,
    release: async () => {
      await route?.continue();
      await page.unroute('**/api/documents/loadReview');
    },
  };
}

test('a session plan with comments shows its fields first, then its comments, counts, highlights and approval', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await setName(page, 'Marieke Verhoeven');
  await createClilWeek(page, 'CLIL week, Pavlodar');

  // A comment on a phrase of the plan, and the program approved as it is.
  await card(page, 1, FOUR_CS).click();
  const field = richField(page, 'Success criteria');
  await field.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(CRITERIA);
  await selectInField(field, 'CLIL lesson');
  await page.keyboard.press('Control+Alt+M');
  const draft = commentsPanel(page).getByRole('region', { name: 'New comment' });
  await draft.getByLabel('New comment').fill('Is one lesson enough?');
  await draft.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(page.getByRole('button', { name: '1 open thread on this field' })).toBeVisible();
  await page.getByRole('link', { name: 'Week' }).click();
  await openHistory(page);
  await page.getByRole('button', { name: 'Approve the program as it is now…' }).click();
  const approving = page.getByRole('dialog', { name: 'Approve for delivery' });
  await approving.getByLabel('Name of the approved version').fill(APPROVED);
  await approving.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(page.getByText(`“${APPROVED}” approved for delivery`)).toBeVisible();
  await page.getByRole('button', { name: 'Back to the week' }).click();
  await card(page, 1, FOUR_CS).click();
  await expect(banner(page)).toHaveText(`Approved version: “${APPROVED}” — no changes since`);
  await waitUntilSaved(page);

  // Reopened with the review document's read held back: the plan is there without it.
  const review = await holdReview(page);
  await page.reload();
  await review.held;
  await expect(field).toHaveText(CRITERIA);
  await expect(field).toHaveAttribute('contenteditable', 'true');
  await expect(page.getByRole('button', { name: 'Comments (1 open)' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: '1 open thread on this field' })).toHaveCount(0);
  await expect(banner(page)).toHaveCount(0);
  expect(await highlighted(page)).toEqual([]);
  await screenshot(page, 'session-plan-before-review');

  // Once it is in: the field's mark, the highlight, the approval and the card's count.
  await review.release();
  await expect(page.getByRole('button', { name: '1 open thread on this field' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Comments (1 open)' })).toBeVisible();
  await expectHighlighted(page, ['CLIL lesson']);
  await expect(banner(page)).toHaveText(`Approved version: “${APPROVED}” — no changes since`);
  await page.getByRole('button', { name: '1 open thread on this field' }).click();
  await expect(
    commentsPanel(page).getByRole('article', { name: 'In Success criteria' }),
  ).toContainText('Is one lesson enough?');
  await page.getByRole('link', { name: 'Week' }).click();
  await expect(card(page, 1, FOUR_CS)).toContainText('1 open comment thread');
});
