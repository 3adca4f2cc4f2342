import type { Page } from '@playwright/test';

import { expect, openApp, screenshot, test } from './fixtures';
import { card } from './helpers';

/**
 * Every main screen in every language, at the smallest window the layout is
 * made for: Russian and Kazakh run 30–40 % longer than English, and nothing may
 * be cut off or run into its neighbour. Screenshots of each go to
 * test-results/screenshots/layout-<language>-<screen>.png, to be looked at.
 */

const LANGUAGES = [
  { code: 'kk', endonym: 'Қазақша', preferences: 'Параметрлер' },
  { code: 'ru', endonym: 'Русский', preferences: 'Настройки' },
  { code: 'nl', endonym: 'Nederlands', preferences: 'Voorkeuren' },
  { code: 'en', endonym: 'English', preferences: 'Preferences' },
] as const;

/**
 * Interface text that does not fit its box: a control, label or heading whose
 * content is wider than the element (clipped, or spilling onto its neighbours).
 * A user's own text cut with an ellipsis and given whole in a tooltip (a long
 * program title) is by design, and not counted.
 */
async function textThatDoesNotFit(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const selector =
      'button, a, label, legend, th, h1, h2, h3, .badge, .tab, [role=tab], .field-label, summary';
    for (const element of document.querySelectorAll<HTMLElement>(selector)) {
      // Not shown, or only to screen readers (a visually hidden label is 1 px wide).
      if (element.getClientRects().length === 0 || element.clientWidth <= 2) continue;
      const text = (element.textContent ?? '').trim();
      if (text === '' || element.title === text) continue;
      if (element.closest('[contenteditable=true], .rich-field')) continue;
      const style = getComputedStyle(element);
      if (style.textOverflow === 'ellipsis' && element.title !== '') continue;
      if (element.scrollWidth > element.clientWidth + 1) found.push(text.slice(0, 80));
    }
    // Text pushed past the edge of what holds it: the window, or a box that clips.
    for (const element of document.querySelectorAll<HTMLElement>(`${selector}, dt, dd`)) {
      if (element.getClientRects().length === 0 || element.clientWidth <= 2) continue;
      // Inside what only screen readers get (a chart's table alternative).
      if (element.closest('.visually-hidden') !== null) continue;
      const box = element.getBoundingClientRect();
      let edge = { left: 0, right: window.innerWidth };
      for (let up = element.parentElement; up !== null; up = up.parentElement) {
        const overflow = getComputedStyle(up).overflowX;
        if (overflow === 'visible') continue;
        // A box that scrolls sideways on purpose (a wide table) shows the rest on scrolling.
        if (overflow === 'auto' || overflow === 'scroll') break;
        const clip = up.getBoundingClientRect();
        edge = { left: Math.max(edge.left, clip.left), right: Math.min(edge.right, clip.right) };
        break;
      }
      if (box.right > edge.right + 1 || box.left < edge.left - 1) {
        found.push(`${(element.textContent ?? '').trim().slice(0, 80)} (past the edge)`);
      }
    }
    return found;
  });
}

/** Rows of labels and controls whose parts may crowd one another in a longer language. */
const CROWDED_ROWS = ['.topbar', '.card-meta', '.card-row', '.day-totals', '.rich-field-header'];

/** Parts of one such row that overlap one another. */
async function overlappingParts(page: Page): Promise<string[]> {
  return page.evaluate((rows) => {
    const found: string[] = [];
    for (const row of document.querySelectorAll(rows.join(', '))) {
      const parts = [
        ...row.querySelectorAll<HTMLElement>('button, a, .badge, h1, span, dt, dd, label'),
      ].filter((part) => part.getClientRects().length > 0 && part.clientWidth > 2);
      parts.forEach((a, index) => {
        const r = a.getBoundingClientRect();
        for (const b of parts.slice(index + 1)) {
          if (a.contains(b) || b.contains(a)) continue;
          const s = b.getBoundingClientRect();
          const overlap =
            Math.min(r.right, s.right) - Math.max(r.left, s.left) > 1 &&
            Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top) > 1;
          if (overlap) found.push(`${a.textContent?.trim()} / ${b.textContent?.trim()}`);
        }
      });
    }
    return found;
  }, CROWDED_ROWS);
}

async function looksRight(page: Page, name: string): Promise<void> {
  await screenshot(page, name);
  expect(await textThatDoesNotFit(page), `${name}: text that does not fit`).toEqual([]);
  expect(await overlappingParts(page), `${name}: overlapping parts`).toEqual([]);
}

test.use({ viewport: { width: 1280, height: 800 } });

test('the library, the week, a session plan, the settings, the history, Balance, Today and the dialogs hold in every language', async ({
  page,
  app,
}) => {
  test.setTimeout(240_000);
  // 09:50 at the venue (Asia/Almaty, UTC+5), so that Today rehearses Day 1 with
  // a session and its countdowns running, whatever the hour the test runs at.
  const venueMorning = new Date();
  venueMorning.setUTCHours(4, 50, 0, 0);
  await page.clock.install({ time: venueMorning });
  await openApp(page, app);
  await page.getByRole('button', { name: 'New program' }).first().click();
  const creating = page.getByRole('dialog', { name: 'New program' });
  await creating.getByRole('radio', { name: /CLIL for subject teachers/ }).check();
  await creating.getByLabel('Title').fill('CLIL for subject teachers, Pavlodar 2027');
  await creating.getByRole('button', { name: 'Create program' }).click();
  await card(page, 1, 'The 4Cs framework').click();
  await expect(page).toHaveURL(/\/session\//);
  const session = new URL(page.url()).hash;
  const program = session.replace(/\/session\/.*$/, '');

  let current: string = 'Preferences';
  for (const language of LANGUAGES) {
    await page.evaluate((hash) => (location.hash = hash), '#/');
    await page.getByRole('button', { name: current }).click();
    const preferences = page.getByRole('dialog', { name: current });
    await preferences.getByRole('combobox').first().selectOption({ label: language.endonym });
    await expect(page.locator('html')).toHaveAttribute('lang', language.code);
    current = language.preferences;
    await looksRight(page, `layout-${language.code}-preferences`);
    await page.keyboard.press('Escape');
    await looksRight(page, `layout-${language.code}-library`);

    // Each screen once what it loads is there (a selector of its own, whatever the language).
    for (const [screen, hash, ready] of [
      ['week', program, '.planner-board .block-card'],
      ['settings', `${program}/settings`, '.settings-table'],
      ['session', session, '.session-editor .rich-field'],
      ['history', `${program}/history`, '.history-screen .history-head'],
      ['balance', `${program}/balance`, '.balance-view .balance-charts'],
      ['today', `${program}/today`, '.today-now .countdown'],
    ] as const) {
      await page.evaluate((to) => (location.hash = to), hash);
      await expect(page.locator(ready).first()).toBeVisible();
      await looksRight(page, `layout-${language.code}-${screen}`);
    }

    await page.evaluate((to) => (location.hash = to), session);
    await page.keyboard.press('Control+P');
    const exporting = page.getByRole('dialog');
    await expect(exporting).toBeVisible();
    await looksRight(page, `layout-${language.code}-export`);
    await page.keyboard.press('Escape');
  }
});
