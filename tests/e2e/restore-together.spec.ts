import { shareProgram, test } from './co-tutors';
import { expect, screenshot } from './fixtures';
import { card, cardTimes, deleteFromCard } from './helpers';
import { nameVersion, openHistory, versionRow } from './history-steps';

const FOUR_CS = 'The 4Cs framework';
const SCAFFOLDING = 'Scaffolding content and language';
const ADAPTING = 'Adapting subject materials for CLIL learners';
const SENT = 'Sent to partners, 12 March';

// What one co-tutor restores reaches the other as any edit does, and is undone by its author.
test('a version sent to partners: compare shows the deletions and the retiming, and each restore reaches the other co-tutor', async ({
  server,
  marieke,
  aigerim,
}) => {
  test.slow();
  const a = marieke.page;
  const b = aigerim.page;
  await shareProgram(a, b, server);
  const adaptingTimes = await cardTimes(card(a, 4, ADAPTING));

  await openHistory(a);
  await nameVersion(a, SENT);
  await a.getByRole('button', { name: /Back to the week/ }).click();

  // Two sessions deleted, one retimed.
  await deleteFromCard(a, 1, FOUR_CS);
  await deleteFromCard(a, 2, SCAFFOLDING);
  await card(a, 4, ADAPTING).click();
  const duration = a.getByLabel('Duration', { exact: true });
  await duration.fill('60');
  await duration.press('Enter');
  await a.getByRole('button', { name: 'Back to week' }).click();
  await expect(card(b, 1, FOUR_CS)).toHaveCount(0);
  await expect(card(b, 2, SCAFFOLDING)).toHaveCount(0);
  await expect(card(b, 4, ADAPTING)).toHaveAccessibleName(/^09:00–10:00/);

  // The compare with now, one click from the history, shows exactly those.
  await openHistory(a);
  await versionRow(a, SENT)
    .getByRole('button', { name: `Compare “${SENT}” with the program now` })
    .click();
  const changes = a.getByRole('region', { name: 'Changes' });
  await expect(changes).toBeVisible();
  const removed = changes.getByRole('heading', { level: 3 }).filter({ hasText: 'Removed' });
  await expect(removed).toHaveCount(2);
  await expect(changes.getByRole('region', { name: /^Day 1/ })).toContainText(FOUR_CS);
  await expect(changes.getByRole('region', { name: /^Day 2/ })).toContainText(SCAFFOLDING);
  await expect(changes.getByRole('region', { name: /^Day 4/ })).toContainText(
    'Duration 1 h 30 min → 1 h',
  );
  await expect(changes.getByRole('heading', { level: 3 }).filter({ hasText: 'Added' })).toHaveCount(
    0,
  );
  await expect(a.getByRole('status').filter({ hasText: /^3 changes$/ })).toBeVisible();
  await screenshot(a, 'restore-together-compare');
  await a.getByRole('link', { name: 'Week', exact: true }).click();

  // One deleted session comes back from "Recently deleted"; Aigerim sees it.
  await a.getByRole('button', { name: 'Recently deleted 2' }).click();
  const list = a.getByRole('dialog', { name: 'Recently deleted sessions' });
  await list.getByRole('button', { name: `Restore ${FOUR_CS}` }).click();
  await list.getByRole('button', { name: 'Close' }).click();
  await expect(card(a, 1, FOUR_CS)).toBeVisible();
  await expect(card(b, 1, FOUR_CS)).toBeVisible();

  // The whole program goes back to the version; Aigerim sees it.
  await openHistory(a);
  await versionRow(a, SENT)
    .getByRole('button', { name: `Open “${SENT}” read-only` })
    .click();
  await a.getByRole('button', { name: 'Restore this version' }).click();
  await a
    .getByRole('dialog', { name: 'Restore this version?' })
    .getByRole('button', { name: 'Restore', exact: true })
    .click();
  await expect(a.getByText(`Restored “${SENT}”`)).toBeVisible();
  await expect(card(b, 2, SCAFFOLDING)).toBeVisible();
  expect(await cardTimes(card(b, 4, ADAPTING))).toBe(adaptingTimes);

  // Marieke undoes her restore; it is undone for Aigerim too.
  await a.getByRole('button', { name: 'Undo', exact: true }).first().click();
  await expect(card(a, 2, SCAFFOLDING)).toHaveCount(0);
  await expect(card(b, 2, SCAFFOLDING)).toHaveCount(0);
  await expect(card(b, 4, ADAPTING)).toHaveAccessibleName(/^09:00–10:00/);
  await expect(card(b, 1, FOUR_CS)).toBeVisible();
});
