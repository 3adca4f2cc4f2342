import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Locator, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

import kkExport from '../../shared/i18n/locales/kk/export.json' with { type: 'json' };
import kkLibrary from '../../shared/i18n/locales/kk/library.json' with { type: 'json' };
import kkPlanner from '../../shared/i18n/locales/kk/planner.json' with { type: 'json' };
import kkSettings from '../../shared/i18n/locales/kk/settings.json' with { type: 'json' };
import ruExport from '../../shared/i18n/locales/ru/export.json' with { type: 'json' };
import { flat, pageTexts, pageToPng, pdfFonts } from '../support/print-pdf';
import { type AppHost, expect, openApp, screenshot, startApp, test } from './fixtures';
import { card } from './helpers';

/**
 * "Labels in": a PDF or Word file worded in a language the user picks, by
 * default the interface's, while the interface keeps its own. The user's own
 * text (titles, plans) is never translated.
 */

const TITLE = 'CLIL апта: Ә Ғ Қ Ң Ө Ұ Ү Һ І';
const FOUR_CS = 'The 4Cs framework';

/** "{{number}}-күн" with its number, as the catalogs write placeholders. */
const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => String(values[key]));

/** The whole PDF's text, its lines joined. */
const pdfText = (path: string): string => flat(pageTexts(path).join(' '));

function documentXml(bytes: Uint8Array): string {
  const part = unzipSync(bytes)['word/document.xml'];
  if (part === undefined) throw new Error('The .docx has no word/document.xml');
  return strFromU8(part);
}

/** Saves what the dialog is set to and returns the new file's path in the exports folder. */
async function save(dialog: Locator, button: string, folder: string): Promise<string> {
  const before = new Set(await readdir(folder));
  await dialog.getByRole('button', { name: button }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  const added = (await readdir(folder)).filter((name) => !before.has(name));
  expect(added).toHaveLength(1);
  return join(folder, added[0] ?? '');
}

async function withExports(run: (app: AppHost, exports: string) => Promise<void>, page: Page) {
  const exports = await mkdtemp(join(tmpdir(), 'cotutor-exports-'));
  const app = await startApp(undefined, { exportsDirectory: exports });
  try {
    await run(app, exports);
  } finally {
    // The page first, as the fixtures do: a request it still makes must not find this host gone.
    await page.close();
    await app.close();
    await rm(app.dataDirectory, { recursive: true, force: true });
    await rm(exports, { recursive: true, force: true });
  }
}

test('with the interface in Kazakh, a session plan exports with Kazakh labels and dates', async ({
  page,
}) => {
  await withExports(async (app, exports) => {
    await openApp(page, app);
    await page.getByRole('button', { name: 'Preferences' }).click();
    await page
      .getByRole('dialog', { name: 'Preferences' })
      .getByRole('combobox')
      .first()
      .selectOption({ label: 'Қазақша' });
    await expect(page.getByRole('dialog', { name: kkSettings.preferences.title })).toBeVisible();
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: kkLibrary.newProgram }).first().click();
    const create = page.getByRole('dialog', { name: kkLibrary.create.title });
    await create.getByRole('radio', { name: /CLIL for subject teachers/ }).check();
    await create.getByLabel(kkLibrary.create.programTitle).fill(TITLE);
    await create.getByLabel(kkLibrary.create.startDate).fill('2026-05-11');
    await create.getByRole('button', { name: kkLibrary.create.submit }).click();

    // Monday's session moved to Tuesday by keyboard: its plan is then dated Tuesday.
    const day = (number: number) =>
      page.getByRole('region', { name: fill(kkPlanner.day.heading, { number }), exact: true });
    const handle = (number: number) =>
      day(number).getByRole('button', {
        name: new RegExp(`^${fill(kkPlanner.block.move, { title: FOUR_CS })}`),
      });
    await handle(1).focus();
    await page.keyboard.press('Alt+ArrowRight');
    await expect(handle(2)).toBeFocused();
    await expect(handle(1)).toHaveCount(0);

    await day(2)
      .getByRole('button', { name: new RegExp(`^\\d\\d:\\d\\d–\\d\\d:\\d\\d, [^:]+: ${FOUR_CS}`) })
      .click();
    await page.getByRole('button', { name: kkExport.dialog.openSessionLabel }).click();
    const dialog = page.getByRole('dialog', { name: kkExport.dialog.title });
    // "Labels in" starts in the interface's language, and the preview is worded in it.
    await expect(
      dialog.getByRole('combobox', { name: kkExport.dialog.labelsLanguage }),
    ).toHaveValue('kk');
    const preview = dialog.getByRole('region', { name: kkExport.dialog.preview });
    await expect(
      preview.getByRole('heading', { name: kkExport.sections.objectives, exact: true }),
    ).toBeVisible();
    await screenshot(page, 'export-languages-kk-dialog');

    const pdf = await save(dialog, kkExport.dialog.savePdf, exports);
    const text = pdfText(pdf);
    for (const words of [
      kkExport.sections.objectives,
      kkExport.sections.stages,
      kkExport.facts.facilitators,
      fill(kkExport.dayHeading, { number: 2 }),
      // Tuesday, 12 May 2026, as date-fns writes it in Kazakh.
      'сейсенбі, 12 мамыр 2026 ж.',
      '1 сағ 30 мин',
      // The running footer.
      `${kkExport.page} 1 / `,
      TITLE,
      FOUR_CS,
    ])
      expect(text).toContain(words);
    // No English label is left (the plan's own text is English, so these are checked).
    for (const english of [
      'Key vocabulary and scaffolding',
      'Inclusion (UDL)',
      'Prioritised barrier',
    ])
      expect(text).not.toContain(english);
    // Every Kazakh letter in Noto Sans, the one font the PDF carries.
    const fonts = pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name).toMatch(/^[A-Z]{6}\+NotoSans/);
      expect(font.embedded).toBe(true);
    }
    pageToPng(pdf, 1, 'export-languages-kk-session-plan');
  }, page);
});

test('with the interface in English, "Labels in" Russian gives a Russian PDF and Word file, and the dialog stays English', async ({
  page,
}) => {
  // Two exports, one of them printed by Chromium.
  test.slow();
  await withExports(async (app, exports) => {
    await openApp(page, app);
    await page.getByRole('button', { name: 'New program' }).first().click();
    const create = page.getByRole('dialog', { name: 'New program' });
    await create.getByRole('radio', { name: /CLIL for subject teachers/ }).check();
    await create.getByLabel('Title').fill(TITLE);
    await create.getByLabel('First day').fill('2026-05-11');
    await create.getByRole('button', { name: 'Create program' }).click();
    await card(page, 1, FOUR_CS).click();

    const open = async () => {
      await page.getByRole('button', { name: 'Export this session plan as PDF or Word' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export as PDF or Word' });
      const labelsIn = dialog.getByRole('combobox', { name: 'Labels in' });
      await expect(labelsIn).toHaveValue('en');
      await expect(labelsIn.locator('option')).toHaveText([
        'Қазақша',
        'Русский',
        'English',
        'Nederlands',
      ]);
      await labelsIn.selectOption({ label: 'Русский' });
      // The preview follows at once; the dialog's own words stay English.
      const preview = dialog.getByRole('region', { name: 'Print preview' });
      await expect(
        preview.getByRole('heading', { name: ruExport.sections.objectives, exact: true }),
      ).toBeVisible();
      await expect(dialog.getByRole('radio', { name: 'The whole program' })).toBeVisible();
      return dialog;
    };

    const dialog = await open();
    await expect(dialog.getByRole('button', { name: 'Save PDF…' })).toBeEnabled();
    await screenshot(page, 'export-languages-ru-labels-en-dialog');
    const pdf = await save(dialog, 'Save PDF…', exports);
    const text = pdfText(pdf);
    for (const words of [
      ruExport.sections.objectives,
      ruExport.sections.stages,
      ruExport.facts.facilitators,
      'День 1',
      // Monday, 11 May 2026, as date-fns writes it in Russian.
      'пн, 11 мая 2026',
      '1 ч 30 мин',
      `${ruExport.page} 1 / `,
      FOUR_CS,
    ])
      expect(text).toContain(words);
    // No English label is left (the plan's own text is English, so these are checked).
    for (const english of [
      'Key vocabulary and scaffolding',
      'Inclusion (UDL)',
      'Prioritised barrier',
    ])
      expect(text).not.toContain(english);
    pageToPng(pdf, 1, 'export-languages-ru-session-plan');
    // The interface is English still.
    await expect(
      page.getByRole('button', { name: 'Export this session plan as PDF or Word' }),
    ).toBeVisible();

    // The whole program as Word: its contents and week at a glance are Russian too.
    const again = await open();
    await again.getByRole('radio', { name: 'The whole program' }).check();
    await again.getByRole('radio', { name: 'Word (.docx)' }).check();
    const docx = await save(again, 'Save Word document…', exports);
    const xml = documentXml(new Uint8Array(await readFile(docx)));
    for (const words of [
      ruExport.sections.objectives,
      ruExport.facts.facilitators,
      ruExport.sections.contents,
      ruExport.sections.weekAtAGlance,
      'пн, 11 мая 2026',
      FOUR_CS,
    ])
      expect(xml).toContain(words);
    expect(xml).not.toContain('Key vocabulary and scaffolding');
  }, page);
});
