import type { LexicalEditor } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { writeRichText } from '../../shared/model/rich-text/encode';
import { mulberry32 } from '../support/random';
import {
  appWiring,
  bareLexicalWiring,
  twoCopies,
  type TypingEditor,
  typingWindow,
  type Wiring,
} from '../support/typing-windows';

const MARIEKE = 'Marieke writes the verbs on the board.';
const AIGERIM = 'Айгерім тақтаға етістіктерді жазады.';

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((cleanup) => cleanup()),
);

/** Two co-tutors with the same field open, holding `text`, each caret at `caret`. */
function twoCoTutors(wire: (editor: LexicalEditor) => Wiring, text: string, caret: number) {
  const network = twoCopies();
  const [home, away] = network.docs;
  home.getMap<Y.XmlText>('fields').set('cognition', new Y.XmlText());
  network.deliver();
  const xmlTexts = network.docs.map((doc) => doc.getMap<Y.XmlText>('fields').get('cognition')!);
  const editors = network.docs.map((doc, i) => typingWindow(doc, xmlTexts[i]!, wire)) as [
    TypingEditor,
    TypingEditor,
  ];
  for (const editor of editors) cleanups.push(editor.dispose);
  cleanups.push(() => network.docs.forEach((doc) => doc.destroy()));
  // The content arrives through Yjs, as it would for Lexical's plugin after a sync.
  home.transact(() =>
    writeRichText(xmlTexts[0]!, [{ type: 'paragraph', children: text === '' ? [] : [{ text }] }]),
  );
  network.deliver();
  for (const editor of editors) editor.settle();
  expect(away.getMap('fields').toJSON()).toEqual(home.getMap('fields').toJSON());
  for (const editor of editors) {
    expect(editor.text()).toBe(text);
    editor.placeCaret(caret);
  }
  /** Delivers `count` updates (all by default), which both screens then show. */
  const exchange = (count?: number) => {
    network.deliver(count);
    for (const editor of editors) editor.settle();
  };
  return { network, editors, exchange };
}

/** Each types a letter in turn; every letter reaches the other screen before the next key. */
function typeInTurn(
  editors: [TypingEditor, TypingEditor],
  sentences: [string, string],
  deliver: () => void,
) {
  for (let i = 0; i < Math.max(sentences[0].length, sentences[1].length); i++) {
    editors.forEach((editor, who) => {
      const letter = sentences[who]![i];
      if (letter !== undefined) editor.type(letter);
      deliver();
    });
  }
}

function expectSentencesWhole(editors: [TypingEditor, TypingEditor], sentences: [string, string]) {
  const text = editors[0].text();
  expect(editors[1].text()).toBe(text);
  expect(text).toContain(sentences[0]);
  expect(text).toContain(sentences[1]);
  editors.forEach((editor, who) => {
    const sentence = sentences[who]!;
    expect(editor.caret()).toBe(text.indexOf(sentence) + sentence.length);
  });
}

describe('two co-tutors typing in the same field at once', () => {
  it('keep their own sentences in an empty field', () => {
    const { editors, exchange } = twoCoTutors(appWiring, '', 0);
    typeInTurn(editors, [MARIEKE, AIGERIM], exchange);
    expectSentencesWhole(editors, [MARIEKE, AIGERIM]);
  });

  it('keep their own words typed at the same place in the middle of a sentence', () => {
    const before = 'Participants compare ';
    const { editors, exchange } = twoCoTutors(
      appWiring,
      `${before}two lesson plans.`,
      before.length,
    );
    const sentences: [string, string] = ['and rank ', 'және бағалайды, '];
    typeInTurn(editors, sentences, exchange);
    expectSentencesWhole(editors, sentences);
    const text = editors[0].text();
    expect(text.startsWith(before) && text.endsWith('two lesson plans.')).toBe(true);
  });

  it('keep their own sentences whatever the order keys and updates arrive in', () => {
    const seed =
      Number(process.env.COTUTOR_TYPING_SEED ?? Math.floor(Math.random() * 0xffffffff)) >>> 0;
    console.log(`concurrent typing: seed ${seed} (replay with COTUTOR_TYPING_SEED=${seed})`);
    const random = mulberry32(seed);
    const sentences: [string, string] = [MARIEKE, AIGERIM];
    const { network, editors, exchange } = twoCoTutors(
      appWiring,
      'Vocabulary: ',
      'Vocabulary: '.length,
    );
    const typed = [0, 0];
    while (typed[0]! < sentences[0].length || typed[1]! < sentences[1].length) {
      const who =
        typed[0]! === sentences[0].length
          ? 1
          : typed[1]! === sentences[1].length
            ? 0
            : random() < 0.5
              ? 0
              : 1;
      editors[who]!.type(sentences[who]![typed[who]!]!);
      typed[who]! += 1;
      // Some updates are still on their way when the next key is pressed.
      if (random() < 0.6) exchange(Math.ceil(random() * network.pending()));
    }
    exchange();
    expectSentencesWhole(editors, sentences);
  });

  // The same typing through Lexical's own wiring (as its CollaborationPlugin binds
  // an editor) shuffles the sentences: the cause is upstream (docs/co-editing.md).
  // When this starts failing, @lexical/yjs keeps a caret after its own text and
  // our caret rewrite (editor/collab/own-text-caret.ts) can go.
  it('are shuffled letter by letter by Lexical’s own binding, which ours corrects', () => {
    const { editors, exchange } = twoCoTutors(bareLexicalWiring, '', 0);
    typeInTurn(editors, [MARIEKE, AIGERIM], exchange);
    const text = editors[0].text();
    expect(editors[1].text()).toBe(text);
    expect(text).not.toContain(MARIEKE);
    expect(text).not.toContain(AIGERIM);
  });
});
