import { expect, openApp, test, waitUntilSaved } from './fixtures';
import { card, dayColumn, richField } from './helpers';

const FIRST = 'Welcome, introductions and the aims of the week';
const SECOND = 'The 4Cs framework';

test.beforeEach(async ({ page, app }) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'New program' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New program' });
  await dialog.getByRole('radio', { name: /CLIL for subject teachers/ }).check();
  await dialog.getByRole('button', { name: 'Create program' }).click();
  await expect(page.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();
});

test('impossible durations and times are refused with a message and change nothing', async ({
  page,
}) => {
  await card(page, 1, FIRST).click();
  const duration = page.getByLabel('Duration', { exact: true });
  for (const [typed, message] of [
    ['-5', 'A duration cannot be negative.'],
    [
      'ninety',
      'Write the duration as minutes or as hours and minutes, for example 90, 1:30 or 1 h 30.',
    ],
    ['1441', 'A block can last at most 24 hours (1440 minutes).'],
    ['12.5', 'Use whole minutes.'],
  ] as const) {
    await duration.fill(typed);
    await duration.press('Enter');
    await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
  }
  await duration.press('Escape');
  await expect(duration).toHaveValue('45 min');

  const fixed = page.getByLabel('Fixed start time');
  await fixed.fill('25:00');
  await fixed.press('Enter');
  await expect(
    page.getByRole('alert').filter({ hasText: 'A time runs from 00:00 to 23:59.' }),
  ).toBeVisible();
  await fixed.fill('');
  await fixed.press('Enter');

  const title = page.getByLabel('Title', { exact: true });
  await title.fill('');
  await title.press('Enter');
  await expect(page.getByRole('alert').filter({ hasText: 'Give it a title.' })).toBeVisible();
  await title.press('Escape');

  await page.getByRole('button', { name: 'Back to week' }).click();
  await expect(card(page, 1, FIRST)).toHaveAccessibleName(/^09:00–09:45/);
  await expect(card(page, 1, SECOND)).toHaveAccessibleName(/^09:45–11:15/);
});

test('a fixed-time block keeps its time and shows the overlap before it; undo and redo step through edits', async ({
  page,
}) => {
  await card(page, 1, SECOND).click();
  const fixed = page.getByLabel('Fixed start time');
  await fixed.fill('09:30');
  await fixed.press('Enter');
  await page.getByRole('button', { name: 'Back to week' }).click();
  await expect(card(page, 1, SECOND)).toHaveAccessibleName(/^09:30–11:00/);
  await expect(dayColumn(page, 1).getByText('Overlaps the previous block by 15 min')).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect(card(page, 1, SECOND)).toHaveAccessibleName(/^09:45–11:15/);
  await expect(dayColumn(page, 1).getByText(/Overlaps the previous block/)).toHaveCount(0);
  await page.keyboard.press('Control+Shift+z');
  await expect(card(page, 1, SECOND)).toHaveAccessibleName(/^09:30–11:00/);
  await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
  await expect(card(page, 1, SECOND)).toHaveAccessibleName(/^09:45–11:15/);
});

test('a block is moved by keyboard drag: Space picks it up, arrows carry it to another day, Space drops it', async ({
  page,
}) => {
  const handle = dayColumn(page, 1).getByRole('button', { name: `Move ${FIRST}` });
  await handle.focus();
  // Each step waits for what a screen reader would announce, as its user does.
  await page.keyboard.press('Space');
  await expect(page.getByText(`Picked up ${FIRST}, position 1`)).toBeAttached();
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByText(new RegExp(`^${FIRST} is at position \\d+ of \\d+ in Day 2`)),
  ).toBeAttached();
  await page.keyboard.press('Space');
  await expect(
    page.getByText(new RegExp(`^${FIRST} dropped at position \\d+ of \\d+ in Day 2`)),
  ).toBeAttached();
  await expect(card(page, 2, FIRST)).toBeVisible();
  await expect(card(page, 1, FIRST)).toHaveCount(0);
  // The next block now opens the day.
  await expect(card(page, 1, SECOND)).toHaveAccessibleName(/^09:00–10:30/);
  await page.keyboard.press('Control+z');
  await expect(card(page, 1, FIRST)).toBeVisible();
});

test('undo in a rich-text field undoes the typing; text and structure share one history', async ({
  page,
}) => {
  await card(page, 1, FIRST).click();
  const field = richField(page, 'Success criteria');
  await field.click();
  await expect(field).toBeFocused();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Extra words.');
  await expect(field).toContainText('Extra words.');
  // At once, well inside the undo history's half-second merge window: still a step of its own.
  const duration = page.getByLabel('Duration', { exact: true });
  await duration.fill('50');
  await duration.press('Enter');
  await field.click();
  await page.keyboard.press('Control+z');
  await expect(duration).toHaveValue('45 min');
  await expect(field).toContainText('Extra words.');
  await page.keyboard.press('Control+z');
  await expect(field).not.toContainText('Extra words.');
  await waitUntilSaved(page);
  await page.reload();
  await expect(richField(page, 'Success criteria')).not.toContainText('Extra words.');
});
