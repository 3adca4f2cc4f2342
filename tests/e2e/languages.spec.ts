import type { Page } from '@playwright/test';

import { expect, openApp, screenshot, test } from './fixtures';

/**
 * The interface in Kazakh, Russian, English and Dutch: chosen in Preferences by
 * each language's own name, applied at once on every screen without a restart,
 * kept for the next start, and taken from the system when set to follow it.
 */

const PROGRAMS = { kk: 'Бағдарламалар', ru: 'Программы', en: 'Programs', nl: 'Programma’s' };
const PREFERENCES = { kk: 'Параметрлер', ru: 'Настройки', en: 'Preferences', nl: 'Voorkeuren' };

async function chooseLanguage(page: Page, from: keyof typeof PREFERENCES, endonym: string) {
  await page.getByRole('button', { name: PREFERENCES[from] }).click();
  const dialog = page.getByRole('dialog', { name: PREFERENCES[from] });
  await dialog.getByRole('combobox').first().selectOption({ label: endonym });
}

const KAZAKH_MONTHS =
  /(қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан) \d{4} ж\./;

test('a co-tutor switches the interface to Russian, Kazakh and Dutch at once, and it stays after a restart', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('button', { name: 'New program' }).first().click();
  const creating = page.getByRole('dialog', { name: 'New program' });
  await creating.getByRole('radio', { name: /Blank program/ }).check();
  await creating.getByLabel('Title').fill('Inclusive education Almaty');
  await creating.getByRole('button', { name: 'Create program' }).click();
  await page
    .getByRole('button', { name: /Library/ })
    .first()
    .click();
  const row = page.getByRole('row').filter({ hasText: 'Inclusive education Almaty' });
  await expect(page).toHaveTitle('Library — Cotutor');

  await chooseLanguage(page, 'en', 'Русский');
  // The dialog itself and the screen behind it change without a reload.
  await expect(page.getByRole('dialog', { name: PREFERENCES.ru })).toBeVisible();
  await expect(page.getByRole('heading', { name: PROGRAMS.ru })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page).toHaveTitle('Библиотека — Cotutor');
  await screenshot(page, 'language-ru-preferences');
  await page.keyboard.press('Escape');

  await chooseLanguage(page, 'ru', 'Қазақша');
  await expect(page.getByRole('heading', { name: PROGRAMS.kk })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await page.keyboard.press('Escape');
  // In Chromium, whose Intl has no Kazakh names: the dates still read as Kazakh.
  await expect(row).toContainText(KAZAKH_MONTHS);
  await expect(row).not.toContainText(/M\d\d/);
  await screenshot(page, 'language-kk-library');
  // The window's title names the screen in the language too.
  await row.getByRole('button', { name: 'Ашу: Inclusive education Almaty' }).click();
  await expect(page).toHaveTitle('Inclusive education Almaty — Cotutor');
  await page.getByRole('link', { name: 'Бағдарлама баптаулары' }).click();
  await expect(page).toHaveTitle('Бағдарлама баптаулары — Inclusive education Almaty — Cotutor');
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole('heading', { name: PROGRAMS.kk })).toBeVisible();

  await chooseLanguage(page, 'kk', 'Nederlands');
  await expect(page.getByRole('heading', { name: PROGRAMS.nl })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(row).toContainText(/(jan|feb|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)\.? \d{4}/);

  // A restart opens in Dutch.
  await page.reload();
  await expect(page.getByRole('heading', { name: PROGRAMS.nl })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

  await chooseLanguage(page, 'nl', 'English');
  await expect(page.getByRole('heading', { name: PROGRAMS.en })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('on a system that prefers Russian', () => {
  test.use({ locale: 'ru-RU' });

  test('the interface follows the system until a language is chosen', async ({ page, app }) => {
    await page.goto(app.url);
    await expect(page.getByRole('heading', { name: PROGRAMS.ru })).toBeVisible();
    await page.getByRole('button', { name: PREFERENCES.ru }).click();
    const dialog = page.getByRole('dialog', { name: PREFERENCES.ru });
    await expect(dialog.getByRole('combobox').first()).toHaveValue('system');
    await expect(dialog.getByRole('option', { name: 'Как в системе (Русский)' })).toBeAttached();
    await dialog.getByRole('combobox').first().selectOption({ label: 'English' });
    await expect(page.getByRole('heading', { name: PROGRAMS.en })).toBeVisible();
  });
});
