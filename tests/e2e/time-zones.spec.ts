import type { Page } from '@playwright/test';

import { expect, openApp, screenshot, test } from './fixtures';
import { card, dayColumn } from './helpers';

/**
 * A week at a venue in Almaty (UTC+5 all year) planned by a co-tutor in
 * Amsterdam, across the Dutch change to summer time on Sunday 28 March 2027:
 * every time is the venue's, and the home time beside it moves by an hour
 * after the change.
 */

// "This computer's" zone is the browser's; fixed, so that the default reads the same everywhere.
test.use({ timezoneId: 'UTC' });

const WELCOME = 'Welcome, introductions and the aims of the week';
const ADAPTING = 'Adapting subject materials for CLIL learners';

async function createWeekInAlmaty(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New program' }).first().click();
  const create = page.getByRole('dialog', { name: 'New program' });
  // The CLIL template's venue is in Almaty; its days start at 09:00 (Sunday at 08:30).
  await create.getByRole('radio', { name: /CLIL for subject teachers/ }).check();
  await create.getByLabel('Title').fill('CLIL in Almaty, spring 2027');
  await create.getByLabel('First day').fill('2027-03-26');
  await create.getByRole('button', { name: 'Create program' }).click();
  await expect(page.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();
}

async function chooseHomeZone(page: Page, search: string, zone: string): Promise<void> {
  await page.getByRole('button', { name: 'Preferences' }).click();
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await dialog.getByRole('searchbox', { name: 'Find a time zone' }).fill(search);
  await dialog.getByLabel('Home time zone').selectOption(zone);
  await expect(dialog.getByLabel('Home time zone')).toHaveValue(zone);
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  await expect(dialog).toBeHidden();
}

test('a co-tutor in Amsterdam sees the venue times in Almaty and their own beside them, an hour later after the change to summer time', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await createWeekInAlmaty(page);

  // By default, home is this computer's zone (UTC here): a second time already shows.
  await page.getByRole('button', { name: 'Preferences' }).click();
  const preferences = page.getByRole('dialog', { name: 'Preferences' });
  await expect(preferences.getByLabel('Home time zone')).toHaveValue('system');
  await expect(preferences.getByLabel('Home time zone').locator('option:checked')).toHaveText(
    "This computer's (UTC)",
  );
  await preferences.getByRole('searchbox', { name: 'Find a time zone' }).fill('amster');
  // The search narrows some 400 zones to the one asked for (and this computer's).
  await expect(preferences.getByLabel('Home time zone').locator('option')).toHaveText([
    "This computer's (UTC)",
    /^Europe\/Amsterdam \(UTC\+[12]\)$/,
  ]);
  await screenshot(page, 'time-zones-preferences-en');
  await preferences.getByRole('button', { name: 'Close' }).last().click();

  await chooseHomeZone(page, 'amsterdam', 'Europe/Amsterdam');
  await expect(
    page.getByText(
      'Venue: Asia/Almaty, UTC+5 — you: Europe/Amsterdam, UTC+1; UTC+2 from Sun 28 Mar',
    ),
  ).toBeVisible();

  // The day columns: the venue's start and planned end, and the home clock's for that date.
  await expect(
    dayColumn(page, 1).getByRole('button', { name: 'Day times, 09:00–16:30' }),
  ).toBeVisible();
  await expect(dayColumn(page, 1).getByText('05:00–12:30 at home', { exact: true })).toBeVisible();
  await expect(dayColumn(page, 2).getByText('05:00–12:30 at home', { exact: true })).toBeVisible();
  await expect(dayColumn(page, 3).getByText('05:30–13:30 at home', { exact: true })).toBeVisible();
  await expect(
    dayColumn(page, 4).getByRole('button', { name: 'Day times, 09:00–17:30' }),
  ).toBeVisible();
  await expect(dayColumn(page, 4).getByText('06:00–14:30 at home', { exact: true })).toBeVisible();

  // On a card the home time shows on hover, or on every card with "Show home times".
  const welcome = card(page, 1, WELCOME);
  await expect(welcome).toHaveAccessibleDescription(/05:00–05:45 at home/);
  const welcomeHome = welcome.locator('.card-home-time');
  await expect(welcomeHome).toBeHidden();
  await welcome.hover();
  await expect(welcomeHome).toBeVisible();
  await expect(welcomeHome).toHaveAttribute('title', '05:00–05:45 at home');
  await screenshot(page, 'time-zones-card-hover-en');
  await page.getByRole('checkbox', { name: 'Show home times' }).check();
  await page.mouse.move(0, 0);
  await expect(card(page, 4, ADAPTING).locator('.card-home-time')).toBeVisible();
  await expect(card(page, 4, ADAPTING)).toHaveAccessibleDescription(/06:00–07:30 at home/);
  await screenshot(page, 'time-zones-week-en');

  // The session header: Friday's session at 05:00 at home, Monday's at 06:00.
  await welcome.click();
  await expect(page.getByText(/^Day 1, .+ · 09:00–09:45 · 45 min$/)).toBeVisible();
  await expect(page.getByText('05:00–05:45 at home', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Back to week' }).click();
  await card(page, 4, ADAPTING).click();
  await expect(page.getByText(/^Day 4, .+ · 09:00–10:30 · 1 h 30 min$/)).toBeVisible();
  await expect(page.getByText('06:00–07:30 at home', { exact: true })).toBeVisible();
  await screenshot(page, 'time-zones-session-en');
  await page.getByRole('button', { name: 'Back to week' }).click();

  // The choice of showing home times is the user's: it is still on after a reload.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Show home times' })).toBeChecked();
});

test('the week and the session header in Russian show both times with the home offsets of each day', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await createWeekInAlmaty(page);
  await chooseHomeZone(page, 'amsterdam', 'Europe/Amsterdam');
  await page.getByRole('button', { name: 'Preferences' }).click();
  await page
    .getByRole('dialog', { name: 'Preferences' })
    .getByRole('combobox')
    .first()
    .selectOption({ label: 'Русский' });
  await page.keyboard.press('Escape');

  await expect(
    page.getByText(
      /^Место проведения: Asia\/Almaty, UTC\+5 — вы: Europe\/Amsterdam, UTC\+1; UTC\+2 с .+28 мар/,
    ),
  ).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'День 1', exact: true })
      .getByText('05:00–12:30 по домашнему времени', { exact: true }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'День 4', exact: true })
      .getByText('06:00–14:30 по домашнему времени', { exact: true }),
  ).toBeVisible();
  await page.getByRole('checkbox', { name: 'Показывать домашнее время' }).check();
  await screenshot(page, 'time-zones-week-ru');

  await page
    .getByRole('region', { name: 'День 4', exact: true })
    .getByRole('button', { name: /^09:00–10:30, / })
    .click();
  await expect(page.getByText('06:00–07:30 по домашнему времени', { exact: true })).toBeVisible();
  await screenshot(page, 'time-zones-session-ru');
});

test('with the home zone equal to the venue only the venue time shows', async ({ page, app }) => {
  await openApp(page, app);
  await createWeekInAlmaty(page);
  await chooseHomeZone(page, 'almaty', 'Asia/Almaty');

  await expect(
    dayColumn(page, 4).getByRole('button', { name: 'Day times, 09:00–17:30' }),
  ).toBeVisible();
  await expect(card(page, 1, WELCOME)).toBeVisible();
  await expect(page.getByText(/ at home$/)).toHaveCount(0);
  await expect(page.getByText(/^Venue: /)).toHaveCount(0);
  await expect(page.getByRole('checkbox', { name: 'Show home times' })).toHaveCount(0);

  await card(page, 1, WELCOME).click();
  await expect(page.getByText(/^Day 1, .+ · 09:00–09:45 · 45 min$/)).toBeVisible();
  await expect(page.getByText(/ at home$/)).toHaveCount(0);
});
