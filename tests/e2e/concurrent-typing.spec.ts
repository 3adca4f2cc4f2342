import { randomUUID } from 'node:crypto';

import type { BrowserContext, Locator, Page } from '@playwright/test';

import type { SyncServer } from '../../electron/services/sync-server';
import { newRoomKey, registerRoom } from '../integration/fixtures/sync-clients';
import type { BareRoom } from './bare-collaboration/main';
import { serveBareCollaboration } from './bare-collaboration/serve';
import { type CoTutor, shareProgram, test } from './co-tutors';
import { expect } from './fixtures';
import { card, richField } from './helpers';

const WELCOME = 'Welcome, introductions and the aims of the week';

/** Milliseconds between keys for someone typing at an ordinary pace; 0 is as fast as keys can be sent. */
const TYPING_PACE = 90;
const FULL_SPEED = 0;

/** Both co-tutors open the same session; one of them puts `text` in the field, and both see it. */
async function openFieldWith(
  marieke: Page,
  aigerim: Page,
  label: string,
  text: string,
): Promise<[Locator, Locator]> {
  await card(marieke, 1, WELCOME).click();
  await card(aigerim, 1, WELCOME).click();
  const mine = richField(marieke, label);
  const theirs = richField(aigerim, label);
  await mine.click();
  await marieke.keyboard.press('Control+a');
  await marieke.keyboard.press('Delete');
  if (text !== '') await mine.pressSequentially(text);
  await expect(mine).toHaveText(text);
  await expect(theirs).toHaveText(text);
  return [mine, theirs];
}

/** Where the caret is, in characters of the field's text, as the browser's selection says. */
async function caretOffset(field: Locator): Promise<number | null> {
  return field.evaluate((root) => {
    const selection = root.ownerDocument.getSelection();
    if (selection === null || !selection.isCollapsed || selection.focusNode === null) return null;
    if (!root.contains(selection.focusNode)) return null;
    const before = root.ownerDocument.createRange();
    before.setStart(root, 0);
    before.setEnd(selection.focusNode, selection.focusOffset);
    return before.toString().length;
  });
}

/** Both type their sentence at once, key by key, into the field where each has put the caret. */
async function typeTogether(
  fields: [Locator, Locator],
  sentences: [string, string],
  delay: number,
): Promise<void> {
  await Promise.all([
    fields[0].pressSequentially(sentences[0], { delay }),
    fields[1].pressSequentially(sentences[1], { delay }),
  ]);
}

/**
 * Both screens end with the same text, `around` what was there, each sentence
 * whole in it, and each person's caret right after their own sentence.
 */
async function expectEachSentenceWhole(
  fields: [Locator, Locator],
  sentences: [string, string],
  around: { before: string; after: string } = { before: '', after: '' },
): Promise<void> {
  const [mine, theirs] = fields;
  const length =
    around.before.length + sentences[0].length + sentences[1].length + around.after.length;
  // Converged: both screens hold every typed letter.
  await expect.poll(async () => (await mine.textContent())?.length).toBe(length);
  await expect.poll(async () => (await theirs.textContent())?.length).toBe(length);
  const text = (await mine.textContent()) ?? '';
  await expect(theirs).toHaveText(text);
  expect(text.startsWith(around.before), text).toBe(true);
  expect(text.endsWith(around.after), text).toBe(true);
  expect(text).toContain(sentences[0]);
  expect(text).toContain(sentences[1]);
  await expect.poll(() => caretOffset(mine)).toBe(text.indexOf(sentences[0]) + sentences[0].length);
  await expect
    .poll(() => caretOffset(theirs))
    .toBe(text.indexOf(sentences[1]) + sentences[1].length);
}

async function bothIn(marieke: CoTutor, aigerim: CoTutor, server: SyncServer) {
  await shareProgram(marieke.page, aigerim.page, server);
  return [marieke.page, aigerim.page] as const;
}

test('two co-tutors typing at an ordinary pace into the same empty field keep their own sentences', async ({
  server,
  marieke,
  aigerim,
}) => {
  const [a, b] = await bothIn(marieke, aigerim, server);
  const fields = await openFieldWith(a, b, 'Cognition', '');
  await fields[1].click();
  const sentences: [string, string] = [
    'Marieke writes the verbs on the board.',
    'Айгерім тақтаға етістіктерді жазады.',
  ];
  await typeTogether(fields, sentences, TYPING_PACE);
  await expectEachSentenceWhole(fields, sentences);
});

test('two co-tutors typing as fast as they can into the same empty field keep their own sentences', async ({
  server,
  marieke,
  aigerim,
}) => {
  const [a, b] = await bothIn(marieke, aigerim, server);
  const fields = await openFieldWith(a, b, 'Key vocabulary', '');
  await fields[1].click();
  const sentences: [string, string] = [
    'photosynthesis, chlorophyll, carbon dioxide, glucose, to absorb, to release;',
    'фотосинтез, хлорофилл, көмірқышқыл газы, глюкоза, сіңіру, бөліп шығару;',
  ];
  await typeTogether(fields, sentences, FULL_SPEED);
  await expectEachSentenceWhole(fields, sentences);
});

test('two co-tutors typing at the same place in the middle of a sentence keep their own words', async ({
  server,
  marieke,
  aigerim,
}) => {
  const [a, b] = await bothIn(marieke, aigerim, server);
  const before = 'Participants compare ';
  const after = 'two lesson plans.';
  const fields = await openFieldWith(a, b, 'Cognition', before + after);
  for (const [page, field] of [
    [a, fields[0]],
    [b, fields[1]],
  ] as const) {
    await field.click();
    await page.keyboard.press('Home');
    for (let i = 0; i < before.length; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => caretOffset(field)).toBe(before.length);
  }
  const sentences: [string, string] = ['and rank ', 'және бағалайды, '];
  await typeTogether(fields, sentences, TYPING_PACE);
  await expectEachSentenceWhole(fields, sentences, { before, after });
});

// The same typing with Lexical's CollaborationPlugin alone, through the same
// server: the sentences come out shuffled, so the cause is upstream
// (docs/co-editing.md). When this starts failing, @lexical/yjs keeps a caret
// after its own text and our correction (editor/collab/own-text-caret.ts) can go.
test('through Lexical’s own CollaborationPlugin, the same typing shuffles the sentences', async ({
  server,
  browser,
}) => {
  const bare = await serveBareCollaboration();
  const key = newRoomKey();
  // The server opens rooms only for program ids (UUIDs).
  const room = randomUUID();
  await registerRoom(server.url, room, key);
  const contexts: BrowserContext[] = [];
  const open = async (name: string, bootstrap: boolean) => {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const config: BareRoom = { server: server.url, room, key, name, bootstrap };
    await page.addInitScript((value) => Object.assign(window, { __BARE_ROOM__: value }), config);
    await page.goto(bare.url);
    return page.getByRole('textbox', { name: 'Bare field' });
  };
  try {
    // The first one creates the empty paragraph; the second one receives it.
    const fields: [Locator, Locator] = [
      await open('Marieke Verhoeven', true),
      await open('Aigerim Sultanova', false),
    ];
    for (const field of fields) {
      await expect(field.locator('p')).toHaveCount(1);
      await field.click();
    }
    const sentences: [string, string] = [
      'Marieke writes the verbs on the board.',
      'Айгерім тақтаға етістіктерді жазады.',
    ];
    await typeTogether(fields, sentences, TYPING_PACE);
    const length = sentences[0].length + sentences[1].length;
    for (const field of fields)
      await expect.poll(async () => (await field.textContent())?.length).toBe(length);
    const text = (await fields[0].textContent()) ?? '';
    test.info().annotations.push({ type: 'merged text', description: text });
    await expect(fields[1]).toHaveText(text);
    expect(text).not.toContain(sentences[0]);
    expect(text).not.toContain(sentences[1]);
  } finally {
    for (const context of contexts) await context.close();
    await bare.close();
  }
});
