import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

import { expect, openApp, startApp, test } from './fixtures';
import { card } from './helpers';

const WELCOME = 'Welcome, introductions and the aims of the week';

async function createClilWeek(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New program' }).first().click();
  const create = page.getByRole('dialog', { name: 'New program' });
  await create.getByRole('radio', { name: /CLIL for subject teachers/ }).check();
  await create.getByLabel('Title').fill('Durations week');
  await create.getByLabel('First day').fill('2026-05-11');
  await create.getByRole('button', { name: 'Create program' }).click();
  await expect(page.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();
}

/** The words of a Word file's body, one text run after another. */
function wordText(bytes: Uint8Array): string {
  const part = unzipSync(bytes)['word/document.xml'];
  if (part === undefined) throw new Error('The .docx has no word/document.xml');
  const runs = [...strFromU8(part).matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(
    (match) => match[1] ?? '',
  );
  return runs
    .join(' ')
    .replace(/&(apos|quot|lt|gt|amp);/g, (_, name: string) => XML_ENTITIES[name] ?? '');
}

const XML_ENTITIES: Record<string, string> = { apos: "'", quot: '"', lt: '<', gt: '>', amp: '&' };

test('a duration typed as 1:30, 1 h 30 or 90 reads the same in the field, on the card and in the session header', async ({
  page,
  app,
}) => {
  await openApp(page, app);
  await createClilWeek(page);
  await card(page, 1, WELCOME).click();
  const duration = page.getByLabel('Duration', { exact: true });
  await expect(duration).toHaveValue('45 min');

  for (const typed of ['1:30', '1 h 30', '90']) {
    // From another value each time, so every way of typing it is written, not found unchanged.
    await duration.fill('45');
    await duration.press('Enter');
    await expect(duration).toHaveValue('45 min');
    await duration.fill(typed);
    await duration.press('Enter');
    await expect(duration, typed).toHaveValue('1 h 30 min');
    await expect(page.getByText(/^Day 1, .+ · 09:00–10:30 · 1 h 30 min$/), typed).toBeVisible();
    await page.getByRole('button', { name: 'Back to week' }).click();
    await expect(card(page, 1, WELCOME).locator('.card-duration'), typed).toHaveText('1 h 30 min');
    await card(page, 1, WELCOME).click();
  }

  // Nonsense is refused with the catalog's message, and the duration stays as it was.
  await duration.fill('an hour and a half');
  await duration.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    'Write the duration as minutes or as hours and minutes, for example 90, 1:30 or 1 h 30.',
  );
  await expect(page.getByText(/ · 1 h 30 min$/)).toBeVisible();
  await duration.press('Escape');
  await expect(duration).toHaveValue('1 h 30 min');
});

// The PDF is printed from the print view the preview shows (make-export.ts), so
// the preview stands for it here; tests/integration reads the printed PDF itself.
test('the print preview and the Word file write a duration and a missing CEFR level as the session editor does', async ({
  page,
}) => {
  const exports = await mkdtemp(join(tmpdir(), 'cotutor-exports-'));
  const app = await startApp(undefined, { exportsDirectory: exports });
  try {
    await openApp(page, app);
    await createClilWeek(page);
    await card(page, 1, WELCOME).click();
    const duration = page.getByLabel('Duration', { exact: true });
    await duration.fill('1 h 30');
    await duration.press('Enter');
    const cefr = page.getByRole('combobox', { name: "Participants' CEFR level" });
    await cefr.selectOption('');
    const shownDuration = await duration.inputValue();
    const shownCefr = (await cefr.locator('option:checked').textContent()) ?? '';
    expect(shownDuration).toBe('1 h 30 min');
    expect(shownCefr).not.toBe('');

    const dialog = page.getByRole('dialog', { name: 'Export as PDF or Word' });
    await page.getByRole('button', { name: 'Export this session plan as PDF or Word' }).click();
    const preview = dialog.getByRole('region', { name: 'Print preview' });
    await expect(preview).toContainText(`Duration${shownDuration}`);
    await expect(preview).toContainText(`Participants' CEFR level${shownCefr}`);
    await dialog.getByRole('radio', { name: 'Word (.docx)' }).check();
    await dialog.getByRole('button', { name: 'Save Word document…' }).click();
    await expect(dialog).toBeHidden();

    const files = await readdir(exports);
    const docx = files.find((name) => name.endsWith('.docx'));
    if (docx === undefined) throw new Error(`No Word file in ${files.join(', ')}`);
    const word = wordText(new Uint8Array(await readFile(join(exports, docx))));
    expect(word).toContain(`Duration ${shownDuration}`);
    expect(word).toContain(`Participants' CEFR level ${shownCefr}`);
  } finally {
    // The page first, as the fixtures do: a request it still makes must not find this host gone.
    await page.close();
    await app.close();
    await rm(app.dataDirectory, { recursive: true, force: true });
    await rm(exports, { recursive: true, force: true });
  }
});
