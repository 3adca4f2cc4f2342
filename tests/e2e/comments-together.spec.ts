import { join } from 'node:path';

import type { Page } from '@playwright/test';

import type { SyncServer } from '../../electron/services/sync-server';
import { type CoTutor, shareProgram, test } from './co-tutors';
import { commentsPanel, expectHighlighted, selectInField } from './comment-helpers';
import { expect, SCREENSHOTS } from './fixtures';
import { card, richField } from './helpers';

const WELCOME = 'Welcome, introductions and the aims of the week';

/** Marieke shares a CLIL week with Aigerim, and both open its first session's plan. */
async function bothInWelcome(
  server: SyncServer,
  marieke: CoTutor,
  aigerim: CoTutor,
): Promise<[Page, Page]> {
  await shareProgram(marieke.page, aigerim.page, server);
  await card(marieke.page, 1, WELCOME).click();
  await card(aigerim.page, 1, WELCOME).click();
  return [marieke.page, aigerim.page];
}

// Threads reach the other co-tutor through the review document's own room on the
// sync server: this passes once that document is synced beside the program.
test('two co-tutors comment, reply with an @mention and resolve, each seeing the other live', async ({
  server,
  marieke,
  aigerim,
}) => {
  const [a, b] = await bothInWelcome(server, marieke, aigerim);

  // Marieke comments on a phrase.
  const mine = richField(a, 'Success criteria');
  await mine.click();
  await a.keyboard.press('Control+A');
  await a.keyboard.type('Everyone names one goal for the week.');
  await expect(richField(b, 'Success criteria')).toHaveText(
    'Everyone names one goal for the week.',
  );
  await selectInField(mine, 'one goal');
  await a.keyboard.press('Control+Alt+M');
  const draft = commentsPanel(a).getByRole('region', { name: 'New comment' });
  await draft.getByLabel('New comment').fill('Or two?');
  await draft.getByRole('button', { name: 'Comment', exact: true }).click();

  // Aigerim sees the highlight and replies, mentioning Marieke.
  await expectHighlighted(b, ['one goal']);
  // The session's own panel, whose button counts its open threads (the top bar's opens all comments).
  await b.getByRole('button', { name: 'Comments (1 open)' }).click();
  const theirThread = commentsPanel(b).getByRole('article', { name: 'In Success criteria' });
  await expect(theirThread.getByText('Or two?')).toBeVisible();
  const reply = theirThread.getByLabel('Reply');
  await reply.pressSequentially('One is enough, @Mar');
  await b.getByRole('option', { name: 'Marieke Verhoeven' }).click();
  await theirThread.getByRole('button', { name: 'Reply' }).click();

  // Marieke finds it under For you, unread.
  await a.getByRole('button', { name: 'Comments (1 for you)' }).click();
  const list = a.getByRole('complementary', { name: 'All comments in this program' });
  await list.getByRole('radio', { name: /For you/ }).check();
  await expect(list.getByRole('button', { name: /In Success criteria.*Unread/ })).toBeVisible();
  await a.screenshot({ path: join(SCREENSHOTS, 'comments-for-you.png') });

  // Aigerim edits around the phrase; the highlight still covers it on both sides.
  const theirs = richField(b, 'Success criteria');
  await selectInField(theirs, 'one goal', 'before');
  await b.keyboard.type('at least ');
  await selectInField(theirs, 'one goal', 'after');
  await b.keyboard.type(' each');
  await expect(mine).toHaveText('Everyone names at least one goal each for the week.');
  await expectHighlighted(a, ['one goal']);
  await expectHighlighted(b, ['one goal']);

  // Marieke resolves; Aigerim sees it resolved.
  await list.getByRole('button', { name: /In Success criteria/ }).click();
  const myThread = commentsPanel(a).getByRole('article', { name: 'In Success criteria' });
  await myThread.getByRole('button', { name: 'Resolve' }).click();
  await expect(theirThread).toBeHidden();
  await commentsPanel(b)
    .getByLabel(/Show resolved/)
    .check();
  await expect(theirThread.getByText('Resolved by Marieke Verhoeven')).toBeVisible();
});

test('a co-tutor comments while offline and the other resolves a thread meanwhile: both see both once back', async ({
  server,
  marieke,
  aigerim,
}) => {
  const [a, b] = await bothInWelcome(server, marieke, aigerim);

  const startOnSession = async (page: Page, text: string) => {
    await page.getByRole('button', { name: 'Comment on session' }).click();
    const draft = commentsPanel(page).getByRole('region', { name: 'New comment' });
    await draft.getByLabel('New comment').fill(text);
    await draft.getByRole('button', { name: 'Comment', exact: true }).click();
  };
  const thread = (page: Page, text: string) =>
    commentsPanel(page).getByRole('article', { name: 'On the session' }).filter({ hasText: text });

  await startOnSession(a, 'The school cannot host us before 10:00.');
  await b.getByRole('button', { name: 'Comments (1 open)' }).click();
  await expect(thread(b, 'The school cannot host us before 10:00.')).toBeVisible();

  // Aigerim loses the connection and comments; Marieke resolves her own thread meanwhile.
  await aigerim.context.setOffline(true);
  await expect(b.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
  await startOnSession(b, 'Can we shorten the input to 30 minutes?');
  await expect(thread(b, 'Can we shorten the input to 30 minutes?')).toBeVisible();
  await thread(a, 'The school cannot host us before 10:00.')
    .getByRole('button', { name: 'Resolve' })
    .click();
  await expect(thread(a, 'The school cannot host us before 10:00.')).toBeHidden();
  await expect(thread(a, 'Can we shorten the input to 30 minutes?')).toBeHidden();

  await aigerim.context.setOffline(false);
  await expect(b.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible({
    timeout: 30_000,
  });
  await expect(thread(a, 'Can we shorten the input to 30 minutes?')).toBeVisible();
  await expect(thread(b, 'The school cannot host us before 10:00.')).toBeHidden();
  await commentsPanel(b)
    .getByLabel(/Show resolved/)
    .check();
  await expect(
    thread(b, 'The school cannot host us before 10:00.').getByText('Resolved by Marieke Verhoeven'),
  ).toBeVisible();
  await expect(a.getByRole('button', { name: 'Comments (1 open)' })).toBeVisible();
});
