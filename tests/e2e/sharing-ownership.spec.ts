import { shareProgram, test } from './co-tutors';
import { expect } from './fixtures';

test('the sharer may change the key and stop sharing with the server copy deleted; the invitee may only leave, and sees the program no longer syncs', async ({
  marieke,
  aigerim,
  server,
}) => {
  await shareProgram(marieke.page, aigerim.page, server);

  await aigerim.page.getByRole('button', { name: 'Share this program' }).click();
  const guestDialog = aigerim.page.getByRole('dialog', { name: 'Share this program' });
  await expect(guestDialog.getByRole('button', { name: 'Leave sharing' })).toBeVisible();
  await expect(guestDialog.getByRole('button', { name: 'Change key' })).toHaveCount(0);
  await expect(guestDialog.getByRole('button', { name: 'Stop sharing' })).toHaveCount(0);
  await guestDialog.getByRole('button', { name: 'Close' }).click();
  await expect(aigerim.page.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible();

  await marieke.page.getByRole('button', { name: 'Share this program' }).click();
  const ownerDialog = marieke.page.getByRole('dialog', { name: 'Share this program' });
  await expect(ownerDialog.getByRole('button', { name: 'Change key' })).toBeVisible();
  await ownerDialog.getByRole('button', { name: 'Stop sharing' }).click();
  const confirm = marieke.page.getByRole('dialog', { name: 'Stop sharing this program?' });
  await confirm.getByLabel("Also delete the program's copy on the server").check();
  await confirm.getByRole('button', { name: 'Stop sharing' }).click();
  await expect(marieke.page.getByRole('dialog', { name: 'Share this program' })).toBeVisible();
  await expect(
    marieke.page.getByRole('dialog').getByRole('button', { name: 'Share', exact: true }),
  ).toBeVisible();

  // The invitee's connection is closed for good, with a sentence saying why.
  const notSyncing = aigerim.page.getByRole('status').filter({ hasText: 'Not syncing' });
  await expect(notSyncing).toBeVisible();
  await expect(notSyncing).toHaveAttribute('title', /stopped sharing it/);
});
