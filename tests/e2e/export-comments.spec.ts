import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Locator, Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

import { commentsPanel, selectInField, setName } from './comment-helpers';
import { expect, openApp, screenshot, startApp, test } from './fixtures';
import { card, richField } from './helpers';

const TITLE = 'Review week';
const FOUR_CS = 'The 4Cs framework';
const PHRASE_COMMENT = 'Which two texts do we give them?';
const REPLY = 'The ones from Monday’s reading.';
const SESSION_COMMENT = 'Start with a warm-up round.';
const RESOLVED_COMMENT = 'Is the room booked?';
const PAGES = join(import.meta.dirname, '../../test-results/export-comments');

function pdfPages(path: string): string[] {
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
  return text.split('\f').map((page) => page.replace(/\s+/gu, ' '));
}

function documentXml(bytes: Uint8Array): string {
  const part = unzipSync(bytes)['word/document.xml'];
  if (part === undefined) throw new Error('The .docx has no word/document.xml');
  return strFromU8(part);
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Saves what the dialog is set to and returns the file's path in the exports folder. */
async function save(page: Page, dialog: Locator, button: string, folder: string): Promise<string> {
  const before = new Set(await readdir(folder));
  await dialog.getByRole('button', { name: button }).click();
  await expect(dialog).toBeHidden({ timeout: 60_000 });
  const added = (await readdir(folder)).filter((name) => !before.has(name));
  expect(added).toHaveLength(1);
  await expect(page.getByText(`Saved “${added[0]}”`)).toBeVisible();
  return join(folder, added[0] ?? '');
}

test('open comments go into a PDF or Word export only as a review copy, as numbered notes', async ({
  page,
}) => {
  // Three exports, two of them printed by Chromium: more than one export's time.
  test.slow();
  const exports = await mkdtemp(join(tmpdir(), 'cotutor-exports-'));
  const app = await startApp(undefined, { exportsDirectory: exports });
  try {
    await openApp(page, app);
    await setName(page, 'Marieke Verhoeven');
    await page.getByRole('button', { name: 'New program' }).first().click();
    const create = page.getByRole('dialog', { name: 'New program' });
    await create.getByRole('radio', { name: /CLIL for subject teachers/ }).check();
    await create.getByLabel('Title').fill(TITLE);
    await create.getByRole('button', { name: 'Create program' }).click();
    await card(page, 1, FOUR_CS).click();

    // A comment on a phrase, answered; one on the session; one resolved.
    const field = richField(page, 'Success criteria');
    await field.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Participants compare two texts closely.');
    await selectInField(field, 'two texts');
    await page.keyboard.press('Control+Alt+M');
    const panel = commentsPanel(page);
    const draft = panel.getByRole('region', { name: 'New comment' });
    await draft.getByLabel('New comment').fill(PHRASE_COMMENT);
    await draft.getByRole('button', { name: 'Comment', exact: true }).click();
    const phraseThread = panel.getByRole('article', { name: 'In Success criteria' });
    await phraseThread.getByLabel('Reply').fill(REPLY);
    await phraseThread.getByRole('button', { name: 'Reply' }).click();
    await expect(phraseThread.getByText(REPLY)).toBeVisible();

    for (const text of [SESSION_COMMENT, RESOLVED_COMMENT]) {
      await page.getByRole('button', { name: 'Comment on session' }).click();
      await draft.getByLabel('New comment').fill(text);
      await draft.getByRole('button', { name: 'Comment', exact: true }).click();
      await expect(panel.getByText(text)).toBeVisible();
    }
    await panel
      .getByRole('article', { name: 'On the session' })
      .filter({ hasText: RESOLVED_COMMENT })
      .getByRole('button', { name: 'Resolve' })
      .click();
    await expect(panel.getByText(RESOLVED_COMMENT)).toBeHidden();

    // Without the tick, the plan as always: no comment in it.
    const openExport = () =>
      page.getByRole('button', { name: 'Export this session plan as PDF or Word' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export as PDF or Word' });
    await openExport();
    const tick = dialog.getByRole('checkbox', { name: 'Include open comments' });
    await expect(tick).not.toBeChecked();
    await expect(tick).toHaveAccessibleDescription(/Makes a review copy/);
    const plain = pdfPages(await save(page, dialog, 'Save PDF…', exports)).join(' ');
    expect(plain).toContain('Participants compare two texts closely.');
    for (const words of [PHRASE_COMMENT, REPLY, SESSION_COMMENT, 'Review copy'])
      expect(plain).not.toContain(words);

    // With it: a review copy, named as one, with the open threads as numbered notes.
    await openExport();
    await tick.check();
    const preview = dialog.getByRole('region', { name: 'Print preview' });
    await expect(preview.getByRole('heading', { name: 'Comments on this session' })).toBeVisible();
    await preview
      .getByRole('heading', { name: 'Comments on this session' })
      .scrollIntoViewIfNeeded();
    await screenshot(page, 'export-comments-preview');
    const reviewPdf = await save(page, dialog, 'Save PDF…', exports);
    expect(reviewPdf).toMatch(/\(review copy\)\.pdf$/);
    const pages = pdfPages(reviewPdf);
    const text = pages.join(' ');
    // The first page says it is a review copy, and holds the plan's title block too.
    expect(pages[0]).toContain('Review copy — with open comments');
    expect(pages[0]).toContain(`Program ${TITLE}`);
    // The numbers at the commented places: after the session's plan the notes, in its order.
    expect(text).toMatch(/compare two texts\s?2 closely/);
    const notesAt = pages.findIndex((words) => words.includes('Comments on this session'));
    expect(notesAt).toBeGreaterThanOrEqual(0);
    const notes = pages.slice(notesAt).join(' ');
    const by = (text: string) => `Marieke Verhoeven · [^·]+? ${escape(text)}`;
    expect(notes).toMatch(
      new RegExp(
        `1\\. On the session ${by(SESSION_COMMENT)} ` +
          `2\\. Success criteria two texts ${by(PHRASE_COMMENT)} ${by(REPLY)}`,
      ),
    );
    expect(text).not.toContain(RESOLVED_COMMENT);
    // The pages to look at: the commented phrase with its number, and the notes.
    await mkdir(PAGES, { recursive: true });
    const markedAt = pages.findIndex((words) => /compare two texts\s?2/.test(words));
    for (const [at, name] of [
      [markedAt, 'session-marked'],
      [notesAt, 'session-notes'],
    ] as const) {
      const pageNumber = String(at + 1);
      const args = ['-png', '-singlefile', '-r', '80', '-f', pageNumber, '-l', pageNumber];
      execFileSync('pdftoppm', [...args, reviewPdf, join(PAGES, name)]);
    }

    // Word, with the tick: the same notes after the session.
    await openExport();
    await tick.check();
    await dialog.getByRole('radio', { name: 'Word (.docx)' }).check();
    const reviewDocx = await save(page, dialog, 'Save Word document…', exports);
    expect(reviewDocx).toMatch(/\(review copy\)\.docx$/);
    const xml = documentXml(new Uint8Array(await readFile(reviewDocx)));
    for (const words of [
      'Review copy — with open comments',
      'Comments on this session',
      PHRASE_COMMENT,
      REPLY,
      SESSION_COMMENT,
      'Marieke Verhoeven',
    ])
      expect(xml).toContain(words);
    expect(xml).not.toContain(RESOLVED_COMMENT);
    expect(xml).toContain('<w:vertAlign w:val="superscript"/>');
  } finally {
    await page.close();
    await app.close();
    await rm(app.dataDirectory, { recursive: true, force: true });
    await rm(exports, { recursive: true, force: true });
  }
});
