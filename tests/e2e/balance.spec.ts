import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Page } from '@playwright/test';

import { LEARNING_TYPES } from '../../shared/model/schema';
import { formatDuration } from '../../shared/schedule/duration';
import { templateSchema } from '../../shared/template/schema';
import { expect, openApp, screenshot, test, waitUntilSaved } from './fixtures';
import { card, richField } from './helpers';

/**
 * The week's balance of a CLIL program: its figures against the template's
 * stages, the sessions behind a bar, the coverage grid, a gentle flag on the
 * view and on its day in the planner, dismissed for every co-tutor.
 */

const CLIL = templateSchema.parse(
  JSON.parse(
    readFileSync(join(import.meta.dirname, '../../resources/templates/clil.json'), 'utf8'),
  ),
);
const sessions = CLIL.days.map((day) =>
  day.blocks.filter((block) => block.type !== 'break' && block.type !== 'lunch'),
);
const stages = sessions.flat().flatMap((block) => block.stages);
const minutesOf = (learningType: string) =>
  stages
    .filter((stage) => stage.learningType === learningType)
    .reduce((sum, stage) => sum + stage.minutes, 0);
/** Minutes as the English interface writes them. */
const written = (minutes: number) =>
  formatDuration(minutes, {
    minutes: (count) => `${count} min`,
    hours: (count) => `${count} h`,
    hoursMinutes: (hours, rest) => `${hours} h ${rest} min`,
  });

const FIRST = sessions[0]?.[0]?.title ?? '';

async function createClilWeek(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New program' }).first().click();
  const create = page.getByRole('dialog', { name: 'New program' });
  await create.getByRole('radio', { name: /CLIL for subject teachers/ }).check();
  await create.getByLabel('Title').fill('CLIL week, Pavlodar');
  await create.getByLabel('First day').fill('2026-05-11');
  await create.getByRole('button', { name: 'Create program' }).click();
  await expect(page.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();
}

async function openBalance(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Balance', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Balance of the week' })).toBeVisible();
}

test.beforeEach(async ({ page, app }) => {
  await openApp(page, app);
  await createClilWeek(page);
});

test('the balance of a CLIL week adds up its stages and leads to the sessions behind a bar', async ({
  page,
}) => {
  await openBalance(page);
  await expect(page.getByText('Nothing to flag: the week looks balanced.')).toBeVisible();
  await expect(
    page.getByRole('img', { name: /minutes per learning type over the week/ }),
  ).toBeVisible();
  await screenshot(page, 'balance-en');

  const learning = page.getByRole('table', { name: 'Learning types over the week' });
  for (const type of [
    'acquisition',
    'inquiry',
    'practice',
    'production',
    'discussion',
    'collaboration',
  ]) {
    const label = type.charAt(0).toUpperCase() + type.slice(1);
    await expect(learning.getByRole('row', { name: new RegExp(`^${label} `) })).toContainText(
      written(minutesOf(type)),
    );
  }
  await expect(learning.getByRole('row', { name: /^Total / })).toContainText(
    written(stages.reduce((sum, stage) => sum + stage.minutes, 0)),
  );

  // The table's figures open the same lists as the bars.
  await page.getByRole('button', { name: 'Show as table' }).first().click();
  await learning
    .getByRole('button', {
      name: `Collaboration: ${written(minutesOf('collaboration'))} — show its sessions`,
    })
    .click();
  const behind = page.getByRole('region', { name: 'Sessions behind “Collaboration”' });
  const withCollaboration = sessions
    .flat()
    .filter((block) => block.stages.some((stage) => stage.learningType === 'collaboration'));
  await expect(behind.getByRole('link')).toHaveCount(withCollaboration.length);
  const target = withCollaboration[0]?.title ?? '';
  await behind
    .getByRole('link', { name: new RegExp(target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })
    .click();
  await expect(page).toHaveURL(/#\/program\/[^/]+\/session\//);
  await expect(richField(page, 'Content')).toContainText(
    (withCollaboration[0]?.text.content ?? '').replace(/^[-*]\s+/, '').slice(0, 30),
  );
});

test('a cell of the coverage grid opens its session', async ({ page }) => {
  await openBalance(page);
  const grid = page.getByRole('table', { name: 'What each session plan covers' });
  await expect(grid.getByRole('row')).toHaveCount(sessions.flat().length + 3);
  await grid.getByRole('link', { name: `${FIRST}, Culture: written` }).click();
  await expect(page).toHaveURL(/#\/program\/[^/]+\/session\//);
});

test('a flag shows on Balance and on its day, and a dismissal lasts after a reload', async ({
  page,
}) => {
  await card(page, 1, FIRST).click();
  const objectives = richField(page, 'Language objectives');
  await objectives.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await expect(objectives).toHaveText('');
  await waitUntilSaved(page);

  await openBalance(page);
  const flag = page
    .getByRole('listitem')
    .filter({ hasText: `“${FIRST}” (Day 1) has no language objectives` });
  await expect(flag).toBeVisible();
  await screenshot(page, 'balance-flag-en');

  await page.getByRole('link', { name: 'Week', exact: true }).click();
  const mark = page.getByRole('link', {
    name: /^1 flag on this day: .*has no language objectives/,
  });
  await expect(mark).toBeVisible();
  await expect(mark).toHaveAttribute('title', /has no language objectives/);
  await screenshot(page, 'balance-day-mark-en');

  await mark.click();
  await flag.getByRole('button', { name: 'Dismiss for this program' }).click();
  await expect(page.getByText('Nothing to flag: the week looks balanced.')).toBeVisible();
  await waitUntilSaved(page);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Balance of the week' })).toBeVisible();
  await expect(page.getByText('Nothing to flag: the week looks balanced.')).toBeVisible();
  await page.getByRole('link', { name: 'Week', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: /flag on this day/ })).toHaveCount(0);
});

test('the program PDF has a balance page with the same figures, and the view reads in Russian', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Export as PDF or Word' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export as PDF or Word' });
  await expect(
    dialog.getByRole('checkbox', { name: 'Include the balance of the week' }),
  ).toBeChecked();
  await expect(
    dialog.getByRole('region', { name: 'Print preview' }).getByRole('heading', {
      name: 'Balance of the week',
    }),
  ).toBeAttached();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save PDF…' }).click();
  // Printing the whole program takes as long as an export may take (docs/testing.md).
  const file = await download;
  await expect(dialog).toBeHidden({ timeout: 90_000 });
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', await file.path(), '-'], {
    encoding: 'utf8',
  }).replace(/\s+/gu, ' ');
  const balancePage = text.slice(text.indexOf('Balance of the week'));
  expect(balancePage).toContain('Learning types per day');
  expect(balancePage).toContain(`Collaboration ${written(minutesOf('collaboration'))}`);
  expect(balancePage).toContain(`Acquisition ${written(minutesOf('acquisition'))}`);

  await page.getByRole('button', { name: 'Preferences' }).click();
  const preferences = page.getByRole('dialog', { name: 'Preferences' });
  await preferences.getByRole('combobox').first().selectOption({ label: 'Русский' });
  // The dialog speaks Russian at once, its own name included.
  await page
    .getByRole('dialog', { name: 'Настройки' })
    .getByRole('button', { name: 'Закрыть' })
    .click();
  await page.getByRole('link', { name: 'Баланс', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Баланс недели' })).toBeVisible();
  await screenshot(page, 'balance-ru');
  await page
    .getByRole('heading', { name: 'Что охватывает каждый план занятия' })
    .scrollIntoViewIfNeeded();
  await screenshot(page, 'balance-ru-coverage');
});

test('Balance follows changes made while it is open: its figures, its grid and its bars', async ({
  page,
}) => {
  const stage = sessions[0]?.[0]?.stages[0];
  if (stage === undefined) throw new Error('The first session has no stages.');
  const to = stage.learningType === 'collaboration' ? 'inquiry' : 'collaboration';
  const learning = page.getByRole('table', { name: 'Learning types over the week' });
  const row = (type: string) =>
    learning.getByRole('row', {
      name: new RegExp(`^${type.charAt(0).toUpperCase()}${type.slice(1)} `),
    });
  const objectivesCell = (state: string) =>
    page
      .getByRole('table', { name: 'What each session plan covers' })
      .getByRole('link', { name: `${FIRST}, Language objectives: ${state}` });
  const bars = page.locator('.balance-charts svg').first().locator('.recharts-bar-rectangle');
  const widthOf = async (index: number) => (await bars.nth(index).boundingBox())?.width ?? NaN;
  const toIndex = LEARNING_TYPES.indexOf(to);

  // In the first session, the objectives emptied and its first stage turned to another type.
  await card(page, 1, FIRST).click();
  const objectives = richField(page, 'Language objectives');
  await objectives.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.press('Delete');
  await expect(objectives).toHaveText('');
  await page.getByLabel('Stage 1: Learning type', { exact: true }).selectOption(to);
  await waitUntilSaved(page);

  await openBalance(page);
  await expect(row(to)).toContainText(written(minutesOf(to) + stage.minutes));
  await expect(objectivesCell('empty')).toBeVisible();
  const widened = await widthOf(toIndex);

  // Undone on Balance, one step at a time: the figures, the bar and the grid follow.
  await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
  await expect(row(to)).toContainText(written(minutesOf(to)));
  await expect.poll(() => widthOf(toIndex)).toBeLessThan(widened);
  await expect(objectivesCell('empty')).toBeVisible();
  await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
  await expect(objectivesCell('written')).toBeVisible();
  await page.getByRole('button', { name: 'Redo', exact: true }).first().click();
  await expect(objectivesCell('empty')).toBeVisible();
});
