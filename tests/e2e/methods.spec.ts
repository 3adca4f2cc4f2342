import type { Page } from '@playwright/test';

import { expect, openApp, screenshot, startApp, test, waitUntilSaved } from './fixtures';
import { card, dayColumn } from './helpers';

/**
 * The method library: Cotutor's methods found by search and filters, put into
 * the week as a new session or into a plan as stages; a plan kept as the
 * co-tutor's own method, still there after the app starts again.
 */

const FIRST = 'Welcome, introductions and the aims of the week';

async function createClilProgram(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New program' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New program' });
  await dialog.getByRole('radio', { name: /CLIL for subject teachers/ }).check();
  await dialog.getByRole('button', { name: 'Create program' }).click();
  await expect(page.getByRole('heading', { name: 'Day 1', exact: true })).toBeVisible();
}

const stages = (page: Page) =>
  page.getByRole('list', { name: 'Stages of the session' }).getByRole('listitem');

test.beforeEach(async ({ page, app }) => {
  await openApp(page, app);
  await createClilProgram(page);
});

test('a search for "jigsaw" finds it, and its stages go into the open plan with their minutes, as one undo step', async ({
  page,
}) => {
  await card(page, 1, FIRST).click();
  await expect(stages(page).first()).toBeVisible();
  const before = await stages(page).count();

  const fromMethods = page.getByRole('button', { name: 'Add from methods' });
  await fromMethods.scrollIntoViewIfNeeded();
  await screenshot(page, 'methods-stages-footer-en');
  await fromMethods.click();
  const library = page.getByRole('dialog', { name: 'Method library' });
  const bundled = library.getByRole('region', { name: "Cotutor's methods" });
  await expect(bundled.getByRole('button', { name: /^Think.pair.share/ })).toBeVisible();
  await library.getByRole('searchbox', { name: 'Search methods' }).fill('jigsaw');
  await expect(bundled.getByRole('button', { name: /^Think.pair.share/ })).toHaveCount(0);
  await expect(bundled.getByText('1 method', { exact: true })).toBeVisible();

  const jigsaw = bundled.getByRole('button', { name: /^Jigsaw/ });
  await expect(jigsaw).toHaveAttribute('aria-expanded', 'false');
  await jigsaw.press('Enter');
  await expect(jigsaw).toHaveAttribute('aria-expanded', 'true');
  const table = bundled.getByRole('table', { name: 'Stages' });
  await expect(table.getByRole('row')).toHaveCount(6);
  await expect(table.getByRole('row').nth(4)).toContainText('20 min');
  await expect(bundled.getByText('A text cut into four parts', { exact: false })).toBeVisible();
  await screenshot(page, 'methods-library-jigsaw-en');

  await bundled.getByRole('button', { name: 'Add its stages to this session' }).click();
  await expect(library).toBeHidden();
  await expect(page.getByText('5 stages of “Jigsaw reading” added to the plan.')).toBeVisible();
  await expect(stages(page)).toHaveCount(before + 5);
  await screenshot(page, 'methods-stages-added-en');
  const minutes = (number: number) =>
    page.getByRole('textbox', { name: `Stage ${number}: Duration`, exact: true });
  await expect(minutes(before + 1)).toHaveValue('5 min');
  await expect(minutes(before + 4)).toHaveValue('20 min');
  await expect(
    stages(page)
      .nth(before + 2)
      .getByRole('textbox', { name: 'Participant actions', exact: true }),
  ).toHaveValue(/Compare their answers with other experts/);

  await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
  await expect(stages(page)).toHaveCount(before);
});

test('a method goes into Day 2 as a new session of its type and length, filtered by duration', async ({
  page,
}) => {
  await page.getByRole('button', { name: 'Methods', exact: true }).click();
  const library = page.getByRole('dialog', { name: 'Method library' });
  const bundled = library.getByRole('region', { name: "Cotutor's methods" });
  await library.getByRole('combobox', { name: 'Duration' }).selectOption({ label: '45–90 min' });
  await expect(bundled.getByRole('button', { name: /^Think.pair.share/ })).toHaveCount(0);
  await expect(bundled.getByRole('button', { name: /^Jigsaw/ })).toBeVisible();
  await library.getByRole('combobox', { name: 'Interaction pattern' }).selectOption({
    label: 'Small groups',
  });
  await library.getByRole('combobox', { name: 'Learning type' }).selectOption({
    label: 'Production',
  });
  await expect(bundled.getByRole('button', { name: /^Jigsaw/ })).toHaveCount(0);
  const gallery = bundled.getByRole('button', { name: /^Gallery walk/ });
  await gallery.click();
  await bundled.getByRole('combobox', { name: 'Day for the new session' }).selectOption({
    label: 'Day 2',
  });
  await bundled.getByRole('button', { name: 'Add as a new session' }).click();
  await expect(library).toBeHidden();
  await expect(page.getByText('“Gallery walk” added to Day 2.')).toBeVisible();
  // Focus is back where the library was opened from.
  await expect(page.getByRole('button', { name: 'Methods', exact: true })).toBeFocused();

  const added = card(page, 2, 'Gallery walk');
  await expect(added).toBeVisible();
  await expect(added).toHaveAccessibleName(/Workshop/);
  await expect(card(page, 1, 'Gallery walk')).toHaveCount(0);
  await added.click();
  await expect(page.getByLabel('Duration', { exact: true })).toHaveValue('32 min');
  await expect(stages(page)).toHaveCount(4);
  await expect(
    page.getByRole('textbox', { name: 'Materials and resources', exact: true }),
  ).toContainText('Sticky notes in two colours');
  await page.getByRole('button', { name: 'Back to week' }).click();
  await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
  await expect(dayColumn(page, 2).getByText('Gallery walk')).toHaveCount(0);
});

test('a session plan saved as a method is under "Yours" after the app starts again', async ({
  page,
  app,
}) => {
  await card(page, 1, FIRST).click();
  await page.getByRole('button', { name: 'Save as method' }).click();
  const form = page.getByRole('dialog', { name: 'Save as method' });
  await expect(form.getByLabel('Name')).toHaveValue(FIRST);
  const keep = form.getByRole('button', { name: 'Keep on this computer' });
  await expect(keep).toBeDisabled();
  await form.getByLabel('Name').fill('Opening circle');
  await form.getByLabel('What it is').fill('Participants meet, introduce themselves and the week.');
  await form.getByLabel('When to use it').fill('On the first morning of a week together.');
  await screenshot(page, 'methods-save-as-en');
  await keep.click();
  await expect(form).toBeHidden();
  await expect(page.getByText('“Opening circle” is kept among your methods.')).toBeVisible();
  await waitUntilSaved(page);

  // The web host stops and starts again on the same data folder, as the app would.
  await page.goto('about:blank');
  await app.close();
  const again = await startApp(app.dataDirectory);
  try {
    await openApp(page, again);
    await page
      .getByRole('button', { name: /^Open / })
      .first()
      .click();
    await page.getByRole('button', { name: 'Methods', exact: true }).click();
    const library = page.getByRole('dialog', { name: 'Method library' });
    const yours = library.getByRole('region', { name: 'Yours' });
    const mine = yours.getByRole('button', { name: /^Opening circle/ });
    await expect(mine).toBeVisible();
    await mine.click();
    await expect(yours.getByText('On the first morning of a week together.')).toBeVisible();
    await yours.getByRole('button', { name: 'Share with this program' }).click();
    await expect(
      library.getByRole('region', { name: "This program's" }).getByRole('button', {
        name: /^Opening circle/,
      }),
    ).toBeVisible();
    await screenshot(page, 'methods-library-yours-en');
  } finally {
    await page.goto('about:blank');
    await again.close();
  }
});

test('an own method is saved as a file and imported back; a file that is no method is refused with the reason', async ({
  page,
}) => {
  await card(page, 1, FIRST).click();
  await page.getByRole('button', { name: 'Save as method' }).click();
  const form = page.getByRole('dialog', { name: 'Save as method' });
  await form.getByLabel('What it is').fill('A round of introductions around the aims of the week.');
  await form.getByLabel('When to use it').fill('To open a week with a new group.');
  await form.getByRole('button', { name: 'Keep on this computer' }).click();
  await expect(form).toBeHidden();
  await page.getByRole('button', { name: 'Back to week' }).click();

  await page.getByRole('button', { name: 'Methods', exact: true }).click();
  const library = page.getByRole('dialog', { name: 'Method library' });
  const yours = library.getByRole('region', { name: 'Yours' });
  await yours.getByRole('button', { name: new RegExp(`^${FIRST}`) }).click();
  // The browser preview has no save dialog: the browser downloads the file.
  const downloading = page.waitForEvent('download');
  await yours.getByRole('button', { name: 'Save as file' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`${FIRST}.cotutor-method.json`);
  const file = await download.path();

  await yours.getByRole('button', { name: 'Delete' }).click();
  await expect(yours).toContainText('None here yet.');
  const chooser = library.locator('input[type="file"]');
  await chooser.setInputFiles({
    name: 'notes.cotutor-method.json',
    mimeType: 'application/json',
    buffer: Buffer.from('Bring sticky notes.'),
  });
  await expect(
    page.getByText('notes.cotutor-method.json cannot be imported: it is not a method file.'),
  ).toBeVisible();
  await chooser.setInputFiles({
    name: 'half.cotutor-method.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ format: 'cotutor-method', version: 1, name: 'Half' })),
  });
  await expect(
    page.getByText(
      'half.cotutor-method.json cannot be imported: it is not a complete Cotutor method, or a newer version of Cotutor made it.',
    ),
  ).toBeVisible();
  await expect(yours).toContainText('None here yet.');

  await chooser.setInputFiles(file);
  await expect(page.getByText(`“${FIRST}” is now among your methods.`)).toBeVisible();
  await expect(yours.getByText('To open a week with a new group.')).toBeVisible();
});

test('the library reads in Kazakh', async ({ page }) => {
  await page.getByRole('button', { name: 'Preferences' }).click();
  await page
    .getByRole('dialog', { name: 'Preferences' })
    .getByRole('combobox')
    .first()
    .selectOption({ label: 'Қазақша' });
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Әдістер', exact: true }).click();
  const library = page.getByRole('dialog', { name: 'Әдістер кітапханасы' });
  const bundled = library.getByRole('region', { name: 'Cotutor әдістері' });
  await bundled.getByRole('button', { name: /^Jigsaw/ }).click();
  await expect(bundled.getByRole('table', { name: 'Кезеңдер' })).toBeVisible();
  await expect(library.getByRole('region', { name: 'Сіздің әдістеріңіз' })).toContainText(
    'Әзірге бос.',
  );
  await screenshot(page, 'methods-library-jigsaw-kk');
  await library.getByRole('button', { name: 'Жабу' }).click();
  await page
    .getByRole('region', { name: '1-күн', exact: true })
    .getByRole('button', { name: new RegExp(`^09:00–09:45, .+: ${FIRST}`) })
    .click();
  await page.getByRole('button', { name: 'Әдіс ретінде сақтау' }).click();
  const form = page.getByRole('dialog', { name: 'Әдіс ретінде сақтау' });
  await expect(
    form.getByText('Атауын, оның не екенін және қашан қолдану керегін жазыңыз.'),
  ).toBeVisible();
  await screenshot(page, 'methods-save-as-kk');
});
