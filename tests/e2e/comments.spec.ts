import { join } from 'node:path';

import {
  commentsPanel,
  expectHighlighted,
  highlighted,
  selectInField,
  setName,
} from './comment-helpers';
import { expect, openApp, SCREENSHOTS, test } from './fixtures';
import { card, richField } from './helpers';

const FOUR_CS = 'The 4Cs framework';

test.beforeEach(async ({ page, app }) => {
  await openApp(page, app);
  await setName(page, 'Marieke Verhoeven');
  await page.getByRole('button', { name: 'New program' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New program' });
  await dialog.getByRole('radio', { name: /CLIL for subject teachers/ }).check();
  await dialog.getByRole('button', { name: 'Create program' }).click();
  await expect(page.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();
  await card(page, 1, FOUR_CS).click();
});

test('a comment on a phrase is highlighted, follows edits, is answered, resolved and outlives its text', async ({
  page,
}) => {
  const field = richField(page, 'Success criteria');
  await field.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('Participants plan a CLIL lesson for their class.');

  // Select the phrase and comment on it with the shortcut.
  await selectInField(field, 'CLIL lesson');
  await page.keyboard.press('Control+Alt+M');
  const panel = commentsPanel(page);
  const draft = panel.getByRole('region', { name: 'New comment' });
  await expect(draft.locator('blockquote')).toHaveText('CLIL lesson');
  await draft.getByLabel('New comment').fill('Is one lesson enough?\nSee https://example.org/clil');
  await draft.getByRole('button', { name: 'Comment', exact: true }).click();

  const thread = panel.getByRole('article', { name: 'In Success criteria' });
  await expect(thread.getByText('Is one lesson enough?')).toBeVisible();
  await expect(thread.getByRole('link', { name: 'https://example.org/clil' })).toBeVisible();
  await expect(thread.getByText('Marieke Verhoeven')).toBeVisible();
  await expectHighlighted(page, ['CLIL lesson']);
  await expect(page.getByRole('button', { name: '1 open thread on this field' })).toBeVisible();

  await thread.getByLabel('Reply').fill('Two short ones, then.');
  await thread.getByRole('button', { name: 'Reply' }).click();
  await expect(thread.getByText('Two short ones, then.')).toBeVisible();
  await field.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SCREENSHOTS, 'comments-panel.png') });

  // Typing right at both edges stays outside the highlight; typing inside joins it.
  await selectInField(field, 'CLIL lesson', 'after');
  await page.keyboard.type(' plan');
  await selectInField(field, 'CLIL lesson', 'before');
  await page.keyboard.type('short ');
  await expect(field).toHaveText('Participants plan a short CLIL lesson plan for their class.');
  await expectHighlighted(page, ['CLIL lesson']);
  await selectInField(field, 'CLIL', 'after');
  await page.keyboard.type(' mini');
  await expectHighlighted(page, ['CLIL mini lesson']);
  await expect(thread.locator('blockquote')).toHaveText('CLIL mini lesson');

  // Authors edit and delete their own comments; a deleted one shows as deleted.
  const reply = thread.getByRole('listitem').filter({ hasText: 'Two short ones, then.' });
  await reply.getByRole('button', { name: 'Delete' }).click();
  await expect(thread.getByText('Comment deleted')).toBeVisible();
  const first = thread.getByRole('listitem').first();
  await first.getByRole('button', { name: 'Edit' }).click();
  await first.getByLabel('Edit comment').fill('Is one mini lesson enough?');
  await first.getByRole('button', { name: 'Save' }).click();
  await expect(thread.getByText('Is one mini lesson enough?')).toBeVisible();
  await expect(thread.getByText('(edited)')).toBeVisible();

  // Resolving hides the thread and its highlight; "Show resolved" brings it back to reopen.
  await thread.getByRole('button', { name: 'Resolve' }).click();
  await expect(thread).toBeHidden();
  await expect.poll(() => highlighted(page)).toEqual([]);
  await panel.getByLabel(/Show resolved/).check();
  await expect(thread.getByText('Resolved by Marieke Verhoeven')).toBeVisible();
  await thread.getByRole('button', { name: 'Reopen' }).click();
  await expectHighlighted(page, ['CLIL mini lesson']);

  // Deleting the commented text keeps the thread, showing what it was about.
  await selectInField(field, 'CLIL mini lesson');
  await page.keyboard.press('Backspace');
  await expect(thread.getByText('The commented text was removed. It read:')).toBeVisible();
  await expect(thread.locator('blockquote')).toHaveText('CLIL lesson');
  await expect.poll(() => highlighted(page)).toEqual([]);
});

test('a comment on the session over 20,000 characters is refused with the reason', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Comment on session' }).click();
  const draft = commentsPanel(page).getByRole('region', { name: 'New comment' });
  await draft.getByLabel('New comment').fill('x'.repeat(20_001));
  await draft.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(
    draft.getByRole('alert').filter({
      hasText: 'A comment can hold at most 20,000 characters; this one has 20,001.',
    }),
  ).toBeVisible();
  await expect(commentsPanel(page).getByRole('article')).toHaveCount(0);
  await draft.getByLabel('New comment').fill('Shall we swap this with the lunch break?');
  await draft.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(commentsPanel(page).getByRole('article', { name: 'On the session' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Comments (1 open)' })).toBeVisible();
});

test('an @mention is offered from the co-tutors, listed For you, and counted on the planner card', async ({
  page,
}) => {
  // From the card's menu in the week planner.
  await page.getByRole('button', { name: 'Back to week' }).click();
  await page.getByRole('button', { name: `More actions for ${FOUR_CS}` }).click();
  await page.getByRole('menuitem', { name: 'Comment on session' }).click();
  const draft = commentsPanel(page).getByRole('region', { name: 'New comment' });
  const box = draft.getByLabel('New comment');
  await box.pressSequentially('Could @jo');
  await page.getByRole('option', { name: 'Joost van der Linden' }).click();
  await box.pressSequentially('check the timing?');
  await expect(box).toHaveValue('Could @Joost van der Linden check the timing?');
  await draft.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(commentsPanel(page).getByRole('article', { name: 'On the session' })).toBeVisible();

  await page.getByRole('button', { name: 'Back to week' }).click();
  await expect(card(page, 1, FOUR_CS)).toHaveAccessibleDescription(/1 open comment thread/);

  // Marieke is not Joost: nothing for her, until she says she is.
  await page.getByRole('button', { name: 'Comments', exact: true }).click();
  const list = page.getByRole('complementary', { name: 'All comments in this program' });
  await expect(list.getByRole('region', { name: `Day 1 · ${FOUR_CS}` })).toBeVisible();
  await list.getByRole('radio', { name: 'For you' }).check();
  await expect(list.getByText('No threads here.')).toBeVisible();
  await list.getByLabel('In this program I am').selectOption({ label: 'Joost van der Linden' });
  const item = list.getByRole('button', { name: /On the session/ });
  await expect(item).toContainText('Could @Joost van der Linden check the timing?');
  await page.screenshot({ path: join(SCREENSHOTS, 'comments-program-list.png') });
  await item.click();
  await expect(commentsPanel(page).getByRole('article', { name: 'On the session' })).toBeVisible();
});

test('a comment on the program is started from the list of all comments and kept over a reload', async ({
  page,
}) => {
  await page.getByRole('banner').getByRole('button', { name: 'Comments', exact: true }).click();
  const list = page.getByRole('complementary', { name: 'All comments in this program' });
  await list.getByRole('button', { name: 'Comment on the program' }).click();
  const draft = list.getByRole('region', { name: 'New comment' });
  await draft
    .getByLabel('New comment')
    .fill('Shall we send the week to the partner offices on Friday?');
  await draft.getByRole('button', { name: 'Comment', exact: true }).click();
  const group = list.getByRole('region', { name: 'The program' });
  await expect(group).toContainText('Shall we send the week to the partner offices on Friday?');
  await expect(draft).toBeHidden();

  await page.reload();
  await page.getByRole('banner').getByRole('button', { name: 'Comments', exact: true }).click();
  await expect(
    page
      .getByRole('complementary', { name: 'All comments in this program' })
      .getByRole('region', { name: 'The program' }),
  ).toContainText('Shall we send the week to the partner offices on Friday?');
});

test('a comment over the limit is refused with the numbers written as the reader writes them', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Comment on session' }).click();
  const draft = commentsPanel(page).getByRole('region', { name: 'New comment' });
  await draft.getByLabel('New comment').fill('x'.repeat(20_001));
  await draft.getByRole('button', { name: 'Comment', exact: true }).click();
  await expect(draft.getByRole('alert')).toContainText('at most 20,000 characters');

  // In Kazakh, whose number symbols Chromium's ICU lacks: 20 000, not 20,000.
  await page.getByRole('button', { name: 'Preferences' }).click();
  await page
    .getByRole('dialog', { name: 'Preferences' })
    .getByRole('combobox')
    .first()
    .selectOption({ label: 'Қазақша' });
  await page.keyboard.press('Escape');
  const kazakhDraft = page
    .getByRole('complementary', { name: 'Осы сессия туралы пікірлер' })
    .getByRole('region', { name: 'Жаңа пікір' });
  await kazakhDraft.getByRole('button', { name: 'Жіберу', exact: true }).click();
  const refusal = kazakhDraft.getByRole('alert');
  await expect(refusal).toContainText('ең көбі 20\u00a0000 таңбадан');
  await expect(refusal).toContainText('20\u00a0001 таңба');
});
