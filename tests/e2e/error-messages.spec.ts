import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Locator } from '@playwright/test';

import { PSEUDO_LOCALE, pseudoLocalise } from '../../renderer/src/i18n/pseudo-locale';
import common from '../../shared/i18n/locales/en/common.json' with { type: 'json' };
import errors from '../../shared/i18n/locales/en/errors.json' with { type: 'json' };
import exchange from '../../shared/i18n/locales/en/exchange.json' with { type: 'json' };
import exportCatalog from '../../shared/i18n/locales/en/export.json' with { type: 'json' };
import library from '../../shared/i18n/locales/en/library.json' with { type: 'json' };
import sharing from '../../shared/i18n/locales/en/sharing.json' with { type: 'json' };
import { expect, openApp, screenshot, startApp, test } from './fixtures';

/** A title without Latin letters, so that any Latin letter in a message is a leak. */
const TITLE = 'Тәжірибе аптасы';

/** A catalog string as the pseudo-locale shows it, its placeholders filled in. */
function shown(english: string, values: Record<string, string> = {}): string {
  return pseudoLocalise(english).replace(
    /\{\{(\w+)\}\}/gu,
    (_, name: string) => values[name] ?? '',
  );
}

/** Every word of the message is catalog text: take out what the user named, and no plain letter is left. */
async function expectOnlyCatalogText(message: Locator, userData: string[]): Promise<void> {
  let text = (await message.textContent()) ?? '';
  for (const data of userData) text = text.split(data).join('');
  expect(text).toMatch(/^⟦.*⟧$/u);
  expect(text, 'a word that is not from the catalogs').not.toMatch(/[A-Za-z]/);
}

test('in another language, a damaged file, a wrong invite and a full disk are explained only in that language', async ({
  page,
}) => {
  const exports = await mkdtemp(join(tmpdir(), 'cotutor-exports-'));
  const app = await startApp(undefined, { exportsDirectory: exports });
  try {
    // A program, and its .cotutor file, made in English.
    await openApp(page, app);
    await page.getByRole('button', { name: 'New program' }).first().click();
    const create = page.getByRole('dialog', { name: 'New program' });
    await create.getByRole('radio', { name: /Blank program/ }).check();
    await create.getByLabel('Title').fill(TITLE);
    await create.getByRole('button', { name: 'Create program' }).click();
    await expect(page.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();
    const programHash = new URL(page.url()).hash;
    const fileName = `${TITLE}.cotutor`;
    await page.getByRole('button', { name: exchange.exportLabel }).click();
    await expect(page.getByText(`Saved “${fileName}”`)).toBeVisible();
    const whole = await readFile(join(exports, fileName));

    // The same page in the test language; the token stays in the tab.
    const origin = new URL(app.url).origin;
    await page.goto(`${origin}/?lang=${PSEUDO_LOCALE}#/`);
    await expect(page.getByRole('heading', { name: shown(library.title) })).toBeVisible();

    // The file cut short on its way, as by an interrupted copy.
    const damagedName = `${TITLE} (1).cotutor`;
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: shown(exchange.importLabel) }).click();
    await (
      await chooser
    ).setFiles({
      name: damagedName,
      mimeType: 'application/octet-stream',
      buffer: whole.subarray(0, Math.floor(whole.length * 0.7)),
    });
    const refusal = page.getByRole('status').getByText(damagedName);
    await expect(refusal).toHaveText(
      shown(exchange.refused, {
        name: damagedName,
        reason: shown(errors.refusals['not-a-program-file']),
      }),
    );
    await expectOnlyCatalogText(refusal, [damagedName]);
    await expect(
      page.getByRole('button', { name: shown(library.open, { title: TITLE }) }),
    ).toHaveCount(1);

    // A web address pasted where an invite belongs.
    await page.getByRole('button', { name: shown(sharing.join.openLabel) }).click();
    const joinDialog = page.getByRole('dialog', { name: shown(sharing.join.title) });
    await joinDialog.getByLabel(shown(sharing.join.field)).fill('https://example.org/join/week');
    await joinDialog.getByRole('button', { name: shown(sharing.join.submit) }).click();
    const wrongInvite = joinDialog.getByText(shown(sharing.join.refused['not-an-invite']));
    await expect(wrongInvite).toBeVisible();
    await expectOnlyCatalogText(wrongInvite, []);
    await joinDialog.getByRole('button', { name: shown(common.actions.cancel) }).click();

    // A Word export onto a full disk: the host's failure, in the dialog, in the test language.
    await page.goto(`${origin}/?lang=${PSEUDO_LOCALE}${programHash}`);
    await page.getByRole('button', { name: shown(exportCatalog.dialog.openLabel) }).click();
    const dialog = page.getByRole('dialog', { name: shown(exportCatalog.dialog.title) });
    await dialog.getByRole('radio', { name: shown(exportCatalog.dialog.docx) }).check();
    const wordName = `${TITLE}.docx`;
    await symlink('/dev/full', join(exports, wordName));
    await dialog.getByRole('button', { name: shown(exportCatalog.dialog.saveDocx) }).click();
    const alert = dialog.getByRole('alert');
    await expect(alert).toHaveText(
      shown(exportCatalog.dialog.failed, {
        message: shown(errors.codes['disk-full_file'], { file: wordName }),
      }),
    );
    await expectOnlyCatalogText(alert, [wordName]);
    await screenshot(page, 'export-disk-full-pseudo-locale');
  } finally {
    // The page first, as the fixtures do: a request it still makes must not find this host gone.
    await page.close();
    await app.close();
    await rm(app.dataDirectory, { recursive: true, force: true });
    await rm(exports, { recursive: true, force: true });
  }
});
