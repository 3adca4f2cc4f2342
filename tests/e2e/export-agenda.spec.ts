import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { flat, pageCount, pageTexts, pageToPng } from '../support/print-pdf';
import { expect, openApp, screenshot, startApp, test } from './fixtures';

const TITLE = 'CLIL week Pavlodar';
const PLANNING = 'Planning a CLIL lesson';
const FOUR_CS = 'The 4Cs framework';

test('a co-tutor prints the day agenda of one day for the wall', async ({ page }) => {
  const exports = await mkdtemp(join(tmpdir(), 'cotutor-exports-'));
  const app = await startApp(undefined, { exportsDirectory: exports });
  try {
    await openApp(page, app);
    await page.getByRole('button', { name: 'New program' }).first().click();
    const create = page.getByRole('dialog', { name: 'New program' });
    await create.getByRole('radio', { name: /CLIL for subject teachers/ }).check();
    await create.getByLabel('Title').fill(TITLE);
    await create.getByLabel('First day').fill('2026-05-11');
    await create.getByRole('button', { name: 'Create program' }).click();
    await expect(page.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Export as PDF or Word' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export as PDF or Word' });
    await dialog.getByRole('radio', { name: 'Day agenda' }).check();
    // A PDF only, and no review copy: an agenda has no plans to comment on.
    await expect(dialog.getByRole('radio', { name: 'PDF' })).toBeChecked();
    await expect(dialog.getByRole('radio', { name: 'Word (.docx)' })).toHaveCount(0);
    await expect(dialog.getByRole('checkbox', { name: 'Include open comments' })).toHaveCount(0);
    const days = dialog.getByRole('combobox', { name: 'Days' });
    await expect(days).toHaveValue('all');
    await days.selectOption({ label: 'Day 2, Tue 12 May' });
    const preview = dialog.getByRole('region', { name: 'Print preview' });
    await expect(preview.getByRole('heading', { name: /^Day 2/ })).toBeVisible();
    await expect(preview.getByText(PLANNING, { exact: false })).toBeVisible();
    await expect(preview.getByRole('heading', { name: /^Day 1/ })).toHaveCount(0);
    await screenshot(page, 'export-agenda-dialog');
    // "Labels in" applies to the agenda too.
    await dialog.getByRole('combobox', { name: 'Labels in' }).selectOption({ label: 'Русский' });
    await expect(preview.getByRole('heading', { name: /^День 2/ })).toBeVisible();
    await screenshot(page, 'export-agenda-dialog-ru-labels');
    await dialog.getByRole('combobox', { name: 'Labels in' }).selectOption({ label: 'English' });
    await expect(preview.getByRole('heading', { name: /^Day 2/ })).toBeVisible();

    await dialog.getByRole('button', { name: 'Save PDF…' }).click();
    await expect(dialog).toBeHidden({ timeout: 60_000 });
    const name = `${TITLE} – Day agenda – Day 2.pdf`;
    await expect(page.getByText(`Saved “${name}”`)).toBeVisible();
    expect(await readdir(exports)).toEqual([name]);
    const path = join(exports, name);
    expect(pageCount(path)).toBe(1);
    const text = flat(pageTexts(path)[0]!);
    expect(text).toContain('Day 2 Tue, 12 May 2026');
    expect(text).toContain(`09:00–10:30 ${PLANNING}`);
    expect(text).toContain('Coffee break');
    expect(text).not.toContain(FOUR_CS);
    pageToPng(path, 1, 'export-agenda-day-2');
  } finally {
    await page.close();
    await app.close();
    await rm(app.dataDirectory, { recursive: true, force: true });
    await rm(exports, { recursive: true, force: true });
  }
});
