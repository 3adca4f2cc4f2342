import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, symlink, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

import { expect, openApp, screenshot, startApp, test } from './fixtures';
import { card } from './helpers';

const TITLE = 'CLIL апта, Павлодар: ә ғ қ ң ө ұ ү һ і';
/** The title as a file name: the colon, which file systems refuse, gone. */
const FILE = 'CLIL апта, Павлодар ә ғ қ ң ө ұ ү һ і';
const FOUR_CS = 'The 4Cs framework';
const FOUR_CS_IN_FULL = 'The 4Cs framework: content, communication, cognition and culture';
const TRIPTYCH = 'The language triptych';
const PLANNING = 'Planning a CLIL lesson';

async function createClilWeek(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New program' }).first().click();
  const create = page.getByRole('dialog', { name: 'New program' });
  await create.getByRole('radio', { name: /CLIL for subject teachers/ }).check();
  await create.getByLabel('Title').fill(TITLE);
  await create.getByLabel('First day').fill('2026-05-11');
  await create.getByRole('button', { name: 'Create program' }).click();
  await expect(page.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();
}

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(
    /\s+/gu,
    ' ',
  );
}

function pdfInfo(path: string): { pages: number; size: string } {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return {
    pages: Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]),
    size: /^Page size:\s+([\d.]+ x [\d.]+)/m.exec(info)?.[1] ?? '',
  };
}

function pageText(path: string, page: number, layout = false): string {
  const args = [
    ...(layout ? ['-layout'] : []),
    '-enc',
    'UTF-8',
    '-f',
    String(page),
    '-l',
    String(page),
    path,
    '-',
  ];
  return execFileSync('pdftotext', args, { encoding: 'utf8' });
}

/** The page number the contents give for a plan, read off the line that names it. */
function contentsPageOf(path: string, title: string): number {
  for (let page = 2; page <= 5; page += 1) {
    const line = pageText(path, page, true)
      .split('\n')
      .find((candidate) => candidate.includes(title));
    const number = line === undefined ? undefined : /(\d+)\s*$/.exec(line)?.[1];
    if (number !== undefined) return Number(number);
  }
  throw new Error(`The contents of ${path} do not name ${title}.`);
}

function wordDocumentXml(bytes: Uint8Array): string {
  const part = unzipSync(bytes)['word/document.xml'];
  if (part === undefined) throw new Error('The .docx has no word/document.xml');
  return strFromU8(part);
}

test('a co-tutor previews the program and a session plan, then saves them as PDF and Word', async ({
  page,
}) => {
  // The browser preview saving into a folder, as if the user chose it in a save dialog.
  const exports = await mkdtemp(join(tmpdir(), 'cotutor-exports-'));
  const app = await startApp(undefined, { exportsDirectory: exports });
  try {
    await openApp(page, app);
    await createClilWeek(page);

    // The whole program: the preview shows the cover, the contents, the week and every plan.
    await page.getByRole('button', { name: 'Export as PDF or Word' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export as PDF or Word' });
    await expect(dialog.getByRole('radio', { name: 'The whole program' })).toBeChecked();
    await expect(dialog.getByRole('radio', { name: 'PDF' })).toBeChecked();
    await expect(dialog.getByRole('radio', { name: 'A4' })).toBeChecked();
    const preview = dialog.getByRole('region', { name: 'Print preview' });
    await expect(preview.getByRole('heading', { name: TITLE, level: 1 })).toBeVisible();
    await expect(preview.getByRole('heading', { name: 'Contents' })).toBeVisible();
    await expect(preview.getByRole('heading', { name: 'The week at a glance' })).toBeAttached();
    for (const title of [FOUR_CS, TRIPTYCH, PLANNING]) {
      await expect(preview.getByRole('heading', { name: title }).first()).toBeAttached();
    }
    await screenshot(page, 'export-preview-program');

    // A line of the contents leads to its plan inside the preview; the app stays where it was.
    const where = page.url();
    await preview
      .getByRole('navigation')
      .getByRole('link', { name: new RegExp(`^${TRIPTYCH}`) })
      .click();
    await expect(preview.getByRole('heading', { name: TRIPTYCH, level: 2 })).toBeInViewport();
    expect(page.url()).toBe(where);
    await expect(dialog).toBeVisible();

    // Saving: the progress bar names the stage while the PDF is made.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/exports/renderPdf', async (route) => {
      await held;
      await route.continue();
    });
    await dialog.getByRole('button', { name: 'Save PDF…' }).click();
    await expect(dialog.getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
    await expect(dialog.getByRole('status')).toContainText('Making the PDF…');
    await expect(dialog.getByRole('button', { name: 'Save PDF…' })).toBeDisabled();
    release();
    // Printing the whole program (25+ pages, the printing Chromium started on the first
    // PDF) takes a few seconds on a quiet machine and several times that beside a
    // competing load: wait for it as long as an export may take, not the default step.
    await expect(dialog).toBeHidden({ timeout: 90_000 });
    const programName = `${FILE}.pdf`;
    await expect(page.getByText(`Saved “${programName}”`)).toBeVisible();
    const programPdf = join(exports, programName);
    const text = pdfText(programPdf);
    for (const words of [TITLE, FOUR_CS, TRIPTYCH, PLANNING, 'The week at a glance'])
      expect(text).toContain(words);
    expect(pdfInfo(programPdf).pages).toBeGreaterThan(20);
    // The contents say on which page a plan begins, and it does.
    const fourCsPage = contentsPageOf(programPdf, FOUR_CS);
    expect(pageText(programPdf, fourCsPage).replace(/\s+/gu, ' ')).toContain(
      `Lecture / input ${FOUR_CS_IN_FULL}`,
    );
    await page.unroute('**/api/exports/renderPdf');

    // The same program as Word, with real headings.
    await page.keyboard.press('Control+P');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('radio', { name: 'Word (.docx)' }).check();
    await dialog.getByRole('button', { name: 'Save Word document…' }).click();
    await expect(dialog).toBeHidden();
    const xml = wordDocumentXml(new Uint8Array(await readFile(join(exports, `${FILE}.docx`))));
    for (const words of [TITLE, FOUR_CS, TRIPTYCH, PLANNING]) expect(xml).toContain(words);
    expect(xml).toContain('w:val="Heading1"');

    // One session plan, from its editor, on US Letter.
    await card(page, 1, FOUR_CS).click();
    await page.getByRole('button', { name: 'Export this session plan as PDF or Word' }).click();
    await expect(dialog.getByRole('radio', { name: 'One session plan' })).toBeChecked();
    await expect(dialog.getByRole('combobox', { name: 'Session plan' })).toHaveValue(/.+/);
    await expect(
      dialog.getByRole('combobox', { name: 'Session plan' }).locator('option:checked'),
    ).toHaveText(`Day 1, 09:45: ${FOUR_CS_IN_FULL}`);
    await expect(preview.getByRole('heading', { name: FOUR_CS })).toBeVisible();
    await expect(preview.getByRole('heading', { name: TRIPTYCH })).toHaveCount(0);
    await dialog.getByRole('radio', { name: 'US Letter' }).check();
    await screenshot(page, 'export-preview-session');

    // A full disk: the dialog says so and stays open with the choices kept; then it works.
    const sessionName = `${FILE} – ${FOUR_CS_IN_FULL.replace(':', '')}.pdf`;
    await symlink('/dev/full', join(exports, sessionName));
    await dialog.getByRole('button', { name: 'Save PDF…' }).click();
    await expect(dialog.getByRole('alert')).toHaveText(
      `The export failed: ${sessionName} could not be saved: the disk is full.`,
    );
    await expect(dialog.getByRole('radio', { name: 'US Letter' })).toBeChecked();
    await screenshot(page, 'export-disk-full');
    await unlink(join(exports, sessionName));
    await dialog.getByRole('button', { name: 'Save PDF…' }).click();
    await expect(dialog).toBeHidden();
    const sessionPdf = join(exports, sessionName);
    const sessionText = pdfText(sessionPdf);
    expect(sessionText).toContain(FOUR_CS_IN_FULL);
    expect(sessionText).toContain('Stages: 1 h 30 min of 1 h 30 min');
    // One plan only: no cover, no week, no other plan.
    expect(sessionText).not.toContain('The week at a glance');
    expect(sessionText.match(/Stages: .+? of .+? min/g)).toHaveLength(1);
    const sessionInfo = pdfInfo(sessionPdf);
    expect(sessionInfo.size).toBe('612 x 792');
    expect(sessionInfo.pages).toBeLessThan(8);
  } finally {
    // The page first, as the fixtures do: a request it still makes must not find this host gone.
    await page.close();
    await app.close();
    await rm(app.dataDirectory, { recursive: true, force: true });
    await rm(exports, { recursive: true, force: true });
  }
});

test('the paper size comes from Preferences, and the browser downloads a Word file', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await page.getByRole('button', { name: 'Preferences' }).click();
  const preferences = page.getByRole('dialog', { name: 'Preferences' });
  await preferences.getByRole('radio', { name: 'US Letter' }).check();
  await preferences.getByRole('button', { name: 'Close' }).click();
  await createClilWeek(page);

  await page.getByRole('button', { name: 'Export as PDF or Word' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export as PDF or Word' });
  await expect(dialog.getByRole('radio', { name: 'US Letter' })).toBeChecked();
  await dialog.getByRole('radio', { name: 'Word (.docx)' }).check();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Save Word document…' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`${FILE}.docx`);
  const xml = wordDocumentXml(new Uint8Array(await readFile(await file.path())));
  expect(xml).toContain(TITLE);
  // US Letter in twentieths of a point.
  expect(xml).toMatch(/<w:pgSz[^>]*w:w="12240"[^>]*w:h="15840"/);
  await expect(page.getByText(`Downloaded “${FILE}.docx”`)).toBeVisible();
});
