import { expect, openApp, screenshot, test } from './fixtures';
import { card, cardTimes, deleteFromCard } from './helpers';

const FOUR_CS = 'The 4Cs framework';
const TRIPTYCH = 'The language triptych';
const SCAFFOLDING = 'Scaffolding content and language';
const ADAPTING = 'Adapting subject materials for CLIL learners';

// The times in the list are the computer's local times; these are read in UTC.
test.use({ timezoneId: 'UTC' });

test('sessions deleted in the planner are listed with who and when, and one comes back to its day and time; undo deletes it again', async ({
  page,
  app,
}) => {
  // The list says when: a fixed clock makes that the same on every run.
  await page.clock.setFixedTime(new Date('2026-12-02T10:15:00Z'));
  await openApp(page, app);
  await page.getByRole('button', { name: 'Preferences' }).click();
  const preferences = page.getByRole('dialog', { name: 'Preferences' });
  await preferences.getByLabel('Your name').fill('Aigerim Sadykova');
  await preferences.getByLabel('Your name').press('Tab');
  await preferences.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'New program' }).first().click();
  const create = page.getByRole('dialog', { name: 'New program' });
  await create.getByRole('radio', { name: /CLIL for subject teachers/ }).check();
  await create.getByLabel('Title').fill('CLIL week in Pavlodar');
  await create.getByRole('button', { name: 'Create program' }).click();
  await expect(card(page, 1, FOUR_CS)).toBeVisible();
  const fourCsTimes = await cardTimes(card(page, 1, FOUR_CS));
  const triptychTimes = await cardTimes(card(page, 1, TRIPTYCH));

  // Delete two sessions, and retime a third.
  await expect(page.getByRole('button', { name: /Recently deleted/ })).toHaveCount(0);
  await deleteFromCard(page, 1, FOUR_CS);
  await page.clock.setFixedTime(new Date('2026-12-02T10:20:00Z'));
  await deleteFromCard(page, 2, SCAFFOLDING);
  await card(page, 4, ADAPTING).click();
  const duration = page.getByLabel('Duration', { exact: true });
  await duration.fill('60');
  await duration.press('Enter');
  await page.getByRole('button', { name: 'Back to week' }).click();
  await expect(card(page, 4, ADAPTING)).toHaveAccessibleName(/^09:00–10:00/);

  // The list holds exactly the two deleted sessions, newest first, with who and when.
  await page.getByRole('button', { name: 'Recently deleted 2' }).click();
  const list = page.getByRole('dialog', { name: 'Recently deleted sessions' });
  const items = list.getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(SCAFFOLDING);
  await expect(items.nth(0)).toContainText('Day 2');
  await expect(items.nth(1)).toContainText(FOUR_CS);
  await expect(items.nth(1)).toContainText('Day 1');
  for (const item of await items.all()) {
    await expect(item).toContainText('Deleted by Aigerim Sadykova, 2 Dec 2026');
  }
  await expect(items.nth(0)).toContainText('10:20');
  await expect(items.nth(1)).toContainText('10:15');
  await screenshot(page, 'recently-deleted');

  // Restore one: it is back on its day at its time, and off the list.
  await list.getByRole('button', { name: `Restore ${FOUR_CS}` }).click();
  await expect(items).toHaveCount(1);
  await list.getByRole('button', { name: 'Close' }).click();
  await expect(card(page, 1, FOUR_CS)).toBeVisible();
  expect(await cardTimes(card(page, 1, FOUR_CS))).toBe(fourCsTimes);
  expect(await cardTimes(card(page, 1, TRIPTYCH))).toBe(triptychTimes);
  await expect(page.getByRole('button', { name: 'Recently deleted 1' })).toBeVisible();

  // Undo takes it away again, and it is on the list again.
  await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
  await expect(card(page, 1, FOUR_CS)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Recently deleted 2' })).toBeVisible();
});

test('a session deleted from its plan is listed in Recently deleted and comes back with its plan', async ({
  page,
  app,
}) => {
  await page.clock.setFixedTime(new Date('2026-12-02T11:00:00Z'));
  await openApp(page, app);
  await page.getByRole('button', { name: 'Preferences' }).click();
  const preferences = page.getByRole('dialog', { name: 'Preferences' });
  await preferences.getByLabel('Your name').fill('Jonas Virtanen');
  await preferences.getByLabel('Your name').press('Tab');
  await preferences.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('button', { name: 'New program' }).first().click();
  const create = page.getByRole('dialog', { name: 'New program' });
  await create.getByRole('radio', { name: /CLIL for subject teachers/ }).check();
  await create.getByLabel('Title').fill('CLIL week in Almaty');
  await create.getByRole('button', { name: 'Create program' }).click();
  const times = await cardTimes(card(page, 1, TRIPTYCH));

  // Give the plan something of its own, then delete the session from the plan.
  await card(page, 1, TRIPTYCH).click();
  const duration = page.getByLabel('Duration', { exact: true });
  await duration.fill('50');
  await duration.press('Enter');
  await expect(duration).toHaveValue('50 min');
  await page.getByRole('button', { name: 'Delete session' }).click();
  await page
    .getByRole('dialog', { name: 'Delete this session?' })
    .getByRole('button', { name: 'Delete session' })
    .click();
  await expect(card(page, 1, FOUR_CS)).toBeVisible();
  await expect(card(page, 1, TRIPTYCH)).toHaveCount(0);

  await page.getByRole('button', { name: 'Recently deleted 1' }).click();
  const list = page.getByRole('dialog', { name: 'Recently deleted sessions' });
  const items = list.getByRole('listitem');
  await expect(items).toHaveCount(1);
  await expect(items.nth(0)).toContainText(TRIPTYCH);
  await expect(items.nth(0)).toContainText('Day 1');
  await expect(items.nth(0)).toContainText('Deleted by Jonas Virtanen, 2 Dec 2026');
  await screenshot(page, 'recently-deleted-from-plan');

  await list.getByRole('button', { name: `Restore ${TRIPTYCH}` }).click();
  // The list is empty now: it closes, and the week no longer offers it.
  await expect(list).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Recently deleted/ })).toHaveCount(0);
  await expect(card(page, 1, TRIPTYCH)).toBeVisible();
  // Back at its place, with the duration its plan had when it was deleted.
  const [start] = times.split('–');
  await expect(card(page, 1, TRIPTYCH)).toHaveAccessibleName(new RegExp(`^${start}–`));
  await card(page, 1, TRIPTYCH).click();
  await expect(page.getByLabel('Duration', { exact: true })).toHaveValue('50 min');
});
