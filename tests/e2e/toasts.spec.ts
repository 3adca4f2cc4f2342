import { expect, openApp, test } from './fixtures';
import { createProgram } from './helpers';

/**
 * A toast goes by itself after 8 s, but not while the pointer is on it or
 * focus is in it: one reaching for Undo does not see it go from under them.
 */
test('a toast waits while the pointer or focus is on it, then goes', async ({ page, app }) => {
  await openApp(page, app);
  await createProgram(page, 'Toast week');
  await page.getByRole('button', { name: '← Library' }).click();
  await page.clock.install();

  // The pointer on it: it stays as long as it is there, and goes 8 s after it leaves.
  await page.getByRole('button', { name: 'Duplicate Toast week' }).click();
  const duplicated = page.getByRole('status').getByText('“Toast week (copy)”', { exact: false });
  await expect(duplicated).toBeVisible();
  await duplicated.hover();
  await page.clock.runFor(20_000);
  await expect(duplicated).toBeVisible();
  await page.mouse.move(5, 5);
  await page.clock.runFor(6_000);
  await expect(duplicated).toBeVisible();
  await page.clock.runFor(3_000);
  await expect(duplicated).toBeHidden();

  // Focus on its Undo: the same.
  await page.getByRole('button', { name: 'Delete Toast week (copy)' }).click();
  await page
    .getByRole('dialog', { name: 'Delete this program?' })
    .getByRole('button', { name: 'Delete program' })
    .click();
  const undo = page.getByRole('status').getByRole('button', { name: 'Undo' });
  await undo.focus();
  await page.clock.runFor(20_000);
  await expect(undo).toBeVisible();
  await page.getByRole('button', { name: 'Open Toast week', exact: true }).focus();
  await page.clock.runFor(9_000);
  await expect(undo).toBeHidden();
  // Nobody held it: it went after its 8 s.
  await page.getByRole('button', { name: 'Duplicate Toast week' }).click();
  await expect(duplicated).toBeVisible();
  await page.clock.runFor(9_000);
  await expect(duplicated).toBeHidden();
});
