import { expect, openApp, test } from './fixtures';
import { createProgram } from './helpers';

/**
 * A dialog gives focus back to what had it when it closes, whether it was
 * opened with a button or a shortcut, closed with Escape or its Close button:
 * a keyboard user goes on from where they were, not from the top of the page.
 */
test('Join, Share and Export give focus back to what opened them', async ({ page, app }) => {
  await openApp(page, app);
  const join = page.getByRole('button', { name: 'Join a shared program' });
  await join.click();
  await expect(page.getByRole('dialog', { name: 'Join a shared program' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(join).toBeFocused();

  await createProgram(page, 'Focus week');

  const share = page.getByRole('button', { name: 'Share this program' });
  await share.click();
  const sharing = page.getByRole('dialog', { name: 'Share this program' });
  await expect(sharing).toBeVisible();
  await sharing.getByRole('button', { name: 'Cancel' }).click();
  await expect(sharing).toBeHidden();
  await expect(share).toBeFocused();

  const exportButton = page.getByRole('button', { name: 'Export as PDF or Word' });
  await exportButton.focus();
  await page.keyboard.press('Control+P');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(exportButton).toBeFocused();
});
