import { execFileSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Locator, Page } from '@playwright/test';

import { test as together } from './co-tutors';
import { expect, openApp, screenshot, startApp, test } from './fixtures';
import { card, dayColumn } from './helpers';

const TITLE = 'CLIL week, Pavlodar';
const WELCOME = 'Welcome, introductions and the aims of the week';
const LUNCH = 'Lunch in the university canteen';
const TRIPTYCH = 'The language triptych: language of, for and through learning';

/** 09:05 on Monday 11 May 2026 in Pavlodar (Asia/Almaty, UTC+5): Day 1, five minutes in. */
const DAY_ONE_0905 = new Date('2026-05-11T04:05:00Z');
const at = (clock: string) => new Date(`2026-05-11T${clock}:00+05:00`);

/** The page's clock is the venue's morning from its first script on. */
async function onTheMorning(page: Page): Promise<void> {
  await page.clock.install({ time: DAY_ONE_0905 });
  await page.reload();
}

async function createClilWeek(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New program' }).first().click();
  const create = page.getByRole('dialog', { name: 'New program' });
  await create.getByRole('radio', { name: /CLIL for subject teachers/ }).check();
  await create.getByLabel('Title').fill(TITLE);
  await create.getByLabel('First day').fill('2026-05-11');
  await create.getByRole('button', { name: 'Create program' }).click();
  await expect(page.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();
}

/** Lunch is booked for 13:05: a fixed time the rest of the day cannot push. */
async function bookLunch(page: Page): Promise<void> {
  await card(page, 1, LUNCH).click();
  const fixed = page.getByLabel('Fixed start time');
  await fixed.fill('13:05');
  await fixed.press('Enter');
  await page.getByRole('button', { name: 'Back to week' }).click();
  await expect(card(page, 1, LUNCH)).toHaveAccessibleName(/^13:05–14:05/);
}

/**
 * The time a countdown's face shows, as its rolls stand now: each roll's digit
 * is the step its animation has reached ("0:59 left").
 */
function shownTime(countdown: Locator): Promise<string> {
  return countdown.getByTestId('countdown-face').evaluate((face) =>
    [...face.childNodes]
      .map((node) => {
        const roll = node instanceof HTMLElement ? node.querySelector('.countdown-roll') : null;
        if (roll === null) return node.textContent;
        const [animation] = roll.getAnimations();
        const duration = Number(animation?.effect?.getTiming().duration);
        const steps = roll.children.length;
        const step = Math.floor((Number(animation?.currentTime) / duration) * steps) % steps;
        return roll.children[step]?.textContent;
      })
      .join(''),
  );
}

/** Seconds left as a countdown's face shows them. */
async function shownSeconds(countdown: Locator): Promise<number> {
  const [minutes, seconds] = (/(\d+):(\d\d)/.exec(await shownTime(countdown)) ?? []).slice(1);
  return Number(minutes) * 60 + Number(seconds);
}

function agendaItem(page: Page, title: string) {
  return page.getByRole('list', { name: "The day's blocks" }).getByRole('listitem').filter({
    hasText: title,
  });
}

together(
  'on the day: the stage counts down and changes colour, running late reaches the other co-tutor, and a note written offline arrives',
  async ({ server, marieke, aigerim }) => {
    const a = marieke.page;
    const b = aigerim.page;
    await onTheMorning(a);
    await onTheMorning(b);

    await createClilWeek(a);
    await bookLunch(a);
    await a.getByRole('button', { name: 'Share this program' }).click();
    const share = a.getByRole('dialog', { name: 'Share this program' });
    await share.getByLabel('Server address').fill(server.url);
    await share.getByRole('button', { name: 'Share', exact: true }).click();
    const invite = await share.getByLabel('Invite').inputValue();
    await share.getByRole('button', { name: 'Close' }).click();
    await expect(a.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible();
    await b.getByRole('button', { name: 'Join a shared program' }).click();
    const join = b.getByRole('dialog', { name: 'Join a shared program' });
    await join.getByLabel('Invite').fill(invite);
    await join.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(card(b, 1, LUNCH)).toHaveAccessibleName(/^13:05–14:05/);

    // Today is Day 1 at the venue: the welcome is on, in its lead-in, with its facilitators.
    await a.getByRole('link', { name: 'Today' }).click();
    await expect(a.getByRole('heading', { name: /^Day 1 · / })).toBeVisible();
    const now = a.getByRole('region', { name: 'Now' });
    await expect(now.getByRole('button', { name: WELCOME })).toBeVisible();
    await expect(now.getByText('Facilitated by')).toBeVisible();
    const stage = now.locator('.countdown').first();
    await expect(stage).toContainText('Stage 1 of 4: Lead-in');
    await expect(stage).toHaveAttribute('data-tone', 'green');
    await expect(stage).toContainText('On time');

    // A minute before the lead-in ends: amber; twenty-five seconds before: red.
    // The face's seconds turn by themselves, in real time, from the page's
    // clock at its last render: a few real seconds may have passed since.
    await a.clock.pauseAt(at('09:09'));
    await expect(a.getByTestId('venue-clock')).toHaveText('09:09');
    const timer = stage.getByRole('timer', { name: /^Stage 1 of 4/ });
    await expect(timer.locator('.visually-hidden')).toHaveText('1 minute left');
    await expect.poll(() => shownSeconds(stage)).toBeLessThanOrEqual(60);
    expect(await shownSeconds(stage)).toBeGreaterThan(50);
    expect(await shownTime(stage)).toMatch(/^\d:\d\d left$/);
    await expect(stage).toHaveAttribute('data-tone', 'amber');
    await expect(stage).toContainText('Nearly over');
    await a.clock.fastForward('00:35');
    await expect(timer.locator('.visually-hidden')).toHaveText('Less than a minute left');
    await expect.poll(() => shownSeconds(stage)).toBeLessThanOrEqual(25);
    expect(await shownSeconds(stage)).toBeGreaterThan(15);
    await expect(stage).toHaveAttribute('data-tone', 'red');
    await expect(stage).toContainText('Time to wrap up');
    await screenshot(a, 'today-en');
    await a.clock.resume();

    // Fifteen minutes late: the rest of the day moves, the booked lunch does not.
    await a.getByRole('button', { name: 'We are running late' }).click();
    await expect(a.getByText('The rest of the day is 15 minutes later.')).toBeVisible();
    await expect(agendaItem(a, TRIPTYCH)).toContainText('11:50–13:20');
    await expect(agendaItem(a, LUNCH)).toContainText('13:05–14:05');
    await expect(agendaItem(a, LUNCH)).toContainText('Overlaps the previous block by 15 min');
    await expect(agendaItem(a, WELCOME)).toContainText('Ran 15 min over');

    // Aigerim sees it in her planner, and in her own Today.
    await expect(card(b, 1, TRIPTYCH)).toHaveAccessibleName(/^11:50–13:20/);
    await expect(card(b, 1, LUNCH)).toHaveAccessibleName(/^13:05–14:05/);
    await expect(dayColumn(b, 1).getByText('Overlaps the previous block by 15 min')).toBeVisible();
    await expect(card(b, 1, WELCOME)).toContainText('ran 15 min over');
    await screenshot(b, 'today-planner-after-running-late');
    await b.getByRole('link', { name: 'Today' }).click();
    await expect(agendaItem(b, LUNCH)).toContainText('Overlaps the previous block by 15 min');

    // One step to undo, for both.
    await a.getByRole('button', { name: 'Undo', exact: true }).first().click();
    await expect(agendaItem(b, TRIPTYCH)).toContainText('11:35–13:05');
    await expect(agendaItem(b, LUNCH)).not.toContainText('Overlaps');
    await a.getByRole('button', { name: 'Redo', exact: true }).first().click();
    await expect(agendaItem(b, LUNCH)).toContainText('Overlaps the previous block by 15 min');

    // Offline, Marieke writes how the welcome went; back online, Aigerim reads it in the plan.
    await marieke.context.setOffline(true);
    await expect(a.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
    const review = a.getByRole('region', { name: `How did it go: ${WELCOME}` });
    await review.getByLabel('Delivery note').fill('Name game ran long; the group is lively.');
    await review.getByLabel('Delivery note').press('Tab');
    await review.getByLabel('Participants', { exact: true }).fill('22');
    await review.getByLabel('Participants', { exact: true }).press('Tab');
    await expect(a.getByRole('status').filter({ hasText: /not yet synced/ })).toBeVisible();
    await marieke.context.setOffline(false);
    await expect(a.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible();
    await b.getByRole('link', { name: 'Week' }).click();
    await card(b, 1, WELCOME).click();
    await expect(b.getByLabel('Delivery note')).toHaveValue(
      'Name game ran long; the group is lively.',
    );
    await expect(b.getByLabel('Participants', { exact: true })).toHaveValue('22');
  },
);

test('outside the week a day is rehearsed; large type for the projector, in English and Kazakh', async ({
  page,
  app,
}) => {
  await page.clock.install({ time: new Date('2026-05-01T05:30:00Z') });
  await openApp(page, app);
  await createClilWeek(page);
  await page.setViewportSize({ width: 1024, height: 640 });
  await page.getByRole('link', { name: 'Today' }).click();
  await expect(page.getByText('Today is not a day of this program.')).toBeVisible();
  await page.getByLabel('Day to rehearse').selectOption('1');
  await expect(page.getByRole('heading', { name: /^Day 2 · / })).toBeVisible();
  await expect(page.getByText('Rehearsal: this day as it would be at 10:30.')).toBeVisible();
  await expect(page.getByTestId('venue-clock')).toHaveText('10:30');
  // Looking ahead never moves a day: running late is for the day being delivered.
  await expect(page.getByRole('button', { name: 'We are running late' })).toHaveCount(0);
  await screenshot(page, 'today-rehearsal-en');

  await page.getByRole('button', { name: 'Large type' }).click();
  await expect(page.getByRole('button', { name: 'Large type' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await screenshot(page, 'today-large-en');
  // Kept for this user: it is still on after a reload.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Large type' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.getByRole('button', { name: 'Preferences' }).click();
  await page
    .getByRole('dialog', { name: 'Preferences' })
    .getByRole('combobox')
    .first()
    .selectOption({ label: 'Қазақша' });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Ірі шрифт' })).toBeVisible();
  await screenshot(page, 'today-large-kk');
  await page.getByRole('button', { name: 'Ірі шрифт' }).click();
  await screenshot(page, 'today-kk');
});

test('the program PDF ends with the delivery notes when asked for', async ({ page }) => {
  const exports = await mkdtemp(join(tmpdir(), 'cotutor-exports-'));
  const app = await startApp(undefined, { exportsDirectory: exports });
  try {
    await openApp(page, app);
    await createClilWeek(page);
    await card(page, 1, TRIPTYCH).click();
    await page.getByLabel('Delivery note').fill('The triptych card sort worked in every group.');
    await page.getByLabel('Delivery note').press('Tab');
    await page.getByLabel('Participants', { exact: true }).fill('23');
    await page.getByLabel('Participants', { exact: true }).press('Tab');
    await page.getByLabel('What to change next time').fill('Give the sort ten more minutes.');
    await page.getByLabel('What to change next time').press('Tab');
    await page.getByRole('button', { name: 'Back to week' }).click();

    await page.getByRole('button', { name: 'Export as PDF or Word' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export as PDF or Word' });
    const option = dialog.getByRole('checkbox', { name: 'Delivery notes' });
    await expect(option).not.toBeChecked();
    const preview = dialog.getByRole('region', { name: 'Print preview' });
    await expect(preview.getByRole('heading', { name: 'Delivery notes' })).toHaveCount(0);
    await option.check();
    await expect(preview.getByRole('heading', { name: 'Delivery notes' })).toBeAttached();
    await dialog.getByRole('button', { name: 'Save PDF…' }).click();
    await expect(dialog).toBeHidden({ timeout: 90_000 });
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(exports, `${TITLE}.pdf`), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/gu, ' ');
    const appendix = text.slice(text.lastIndexOf('Delivery notes'));
    expect(appendix).toContain(TRIPTYCH);
    expect(appendix).toContain('The triptych card sort worked in every group.');
    expect(appendix).toContain('Participants 23');
    expect(appendix).toContain('Give the sort ten more minutes.');
  } finally {
    // The page first, as the fixtures do: a request it still makes must not find this host gone.
    await page.close();
    await app.close();
    await rm(app.dataDirectory, { recursive: true, force: true });
    await rm(exports, { recursive: true, force: true });
  }
});
