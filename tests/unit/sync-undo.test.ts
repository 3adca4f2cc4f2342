import { createHeadlessEditor } from '@lexical/headless';
import { $getRoot, $isElementNode } from 'lexical';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';

import { bindEditor } from '../../renderer/src/editor/collab/bind-editor';
import { RICH_TEXT_NODES } from '../../renderer/src/editor/nodes';
import { LOCAL_ORIGIN } from '../../renderer/src/program/origins';
import { ProgramSession } from '../../renderer/src/program/program-session';
import { FieldAwareness } from '../../renderer/src/sync/field-awareness';
import { fieldProvider } from '../../renderer/src/sync/field-provider';
import { blockOf, richFieldOf } from '../../shared/model/layout';
import { setBlockField } from '../../shared/model/mutations/blocks';
import { readDays } from '../../shared/model/read';
import { readRichText } from '../../shared/model/rich-text/decode';
import { richTextToPlain } from '../../shared/model/rich-text/plain';
import { memoryHost, programOf, storedStateOf } from '../support/program-host';

const sessions: ProgramSession[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(sessions.splice(0).map((session) => session.close()));
});

/** Two co-tutors with the same program open, exchanging every change as the server would relay it. */
async function twoCoTutors() {
  const state = storedStateOf(programOf(['Planning a CLIL lesson', 'Micro-teaching']));
  const a = await ProgramSession.open(memoryHost(state), 'program');
  const b = await ProgramSession.open(memoryHost(state), 'program');
  sessions.push(a, b);
  const relay = (from: ProgramSession, to: ProgramSession) =>
    from.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== 'relayed') Y.applyUpdate(to.doc, update, 'relayed');
    });
  relay(a, b);
  relay(b, a);
  return { a, b };
}

const titles = (session: ProgramSession) =>
  readDays(session.doc).flatMap((day) => day.blocks.map((block) => block.title));
const blockIds = (session: ProgramSession) =>
  readDays(session.doc).flatMap((day) => day.blocks.map((block) => block.id));

/** Types at the end of a session-plan field through a Lexical editor bound as the app binds it. */
function typeInField(session: ProgramSession, blockId: string, text: string) {
  const xml = richFieldOf(blockOf(session.doc, blockId)!, 'content')!;
  const editor = createHeadlessEditor({
    nodes: RICH_TEXT_NODES,
    onError: (error) => {
      throw error;
    },
  });
  const provider = fieldProvider(
    session.sync.shared,
    new FieldAwareness(session.awareness, 'content'),
  );
  const { binding, dispose } = bindEditor(editor, session.doc, xml, provider, 'content');
  const untrack = session.trackOrigin(binding);
  editor.update(
    () => {
      const paragraph = $getRoot().getFirstChild();
      if ($isElementNode(paragraph)) paragraph.selectEnd().insertText(text);
    },
    { discrete: true },
  );
  untrack();
  dispose();
  return () => richTextToPlain(readRichText(xml));
}

describe('undo in a shared program', () => {
  it('reverts only this co-tutor’s change, leaving the other’s in place', async () => {
    const { a, b } = await twoCoTutors();
    const [first, second] = blockIds(a) as [string, string];
    setBlockField(a.doc, first, 'title', 'Planning a CLIL lesson (A)', LOCAL_ORIGIN);
    setBlockField(b.doc, second, 'title', 'Micro-teaching (B)', LOCAL_ORIGIN);
    expect(titles(a)).toEqual(['Planning a CLIL lesson (A)', 'Micro-teaching (B)']);

    a.undo();
    expect(titles(a)).toEqual(['Planning a CLIL lesson', 'Micro-teaching (B)']);
    expect(titles(b)).toEqual(titles(a));
    expect(a.undoManager.canUndo()).toBe(false);

    a.redo();
    expect(titles(b)).toEqual(['Planning a CLIL lesson (A)', 'Micro-teaching (B)']);
  });

  it('reverts only this co-tutor’s typing in a field both typed in', async () => {
    const { a, b } = await twoCoTutors();
    const [first] = blockIds(a) as [string];
    const textInA = typeInField(a, first, 'Compare two plans. ');
    typeInField(b, first, 'Use sentence frames.');
    expect(textInA()).toBe('Compare two plans. Use sentence frames.');

    a.undo();
    expect(textInA()).toBe('Use sentence frames.');
    expect(richTextToPlain(readRichText(richFieldOf(blockOf(b.doc, first)!, 'content')!))).toBe(
      'Use sentence frames.',
    );
  });

  it('has nothing to undo after receiving only the other co-tutor’s changes', async () => {
    const { a, b } = await twoCoTutors();
    setBlockField(b.doc, blockIds(b)[0]!, 'durationMin', 120, LOCAL_ORIGIN);
    expect(a.undoManager.canUndo()).toBe(false);
    a.undo();
    expect(readDays(a.doc)[0]?.blocks[0]?.durationMin).toBe(120);
  });

  it('undoes a form edit made right after typing apart from the typing, and typing right after it apart too', async () => {
    // The clock stands still: every change falls within Y.UndoManager's half-second merge window.
    vi.useFakeTimers({ toFake: ['Date'] });
    const { a } = await twoCoTutors();
    const [first] = blockIds(a) as [string];
    const text = typeInField(a, first, 'Compare two plans. ');
    a.asOwnUndoStep(() => setBlockField(a.doc, first, 'durationMin', 50, LOCAL_ORIGIN));
    typeInField(a, first, 'Use sentence frames.');
    const duration = () => readDays(a.doc)[0]?.blocks[0]?.durationMin;

    a.undo();
    expect([text(), duration()]).toEqual(['Compare two plans.', 50]);
    a.undo();
    expect(text()).toBe('Compare two plans.');
    expect(duration()).not.toBe(50);
    a.undo();
    expect(text()).toBe('');
  });
});
