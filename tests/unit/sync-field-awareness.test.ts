import { createHeadlessEditor } from '@lexical/headless';
import type { Provider } from '@lexical/yjs';
import { $getRoot, $isElementNode, type LexicalEditor } from 'lexical';
import { afterEach, describe, expect, it } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';

import { bindEditor, type EditorBinding } from '../../renderer/src/editor/collab/bind-editor';
import { RICH_TEXT_NODES } from '../../renderer/src/editor/nodes';
import { FieldAwareness } from '../../renderer/src/sync/field-awareness';
import { fieldProvider } from '../../renderer/src/sync/field-provider';
import { FIELD_KEY, readField } from '../../renderer/src/sync/presence-state';
import { SharedProvider } from '../../renderer/src/sync/shared-provider';
import { writeRichText } from '../../shared/model/rich-text/encode';

type Field = EditorBinding & {
  editor: LexicalEditor;
  view: FieldAwareness;
  provider: Provider;
  xml: Y.XmlText;
};

const cleanups: (() => void)[] = [];
afterEach(() =>
  cleanups
    .splice(0)
    .reverse()
    .forEach((cleanup) => cleanup()),
);

/** One window: a program document with two rich-text fields, each with its own editor, as the app binds them. */
function windowWithTwoFields() {
  const doc = new Y.Doc();
  const fields = doc.getMap<Y.XmlText>('fields');
  const awareness = new Awareness(doc);
  awareness.setLocalState({ user: { name: 'Marieke de Vries', color: '#2f6fde' } });
  const shared = new SharedProvider();
  const bind = (id: string, text: string): Field => {
    const xml = new Y.XmlText();
    writeRichText(xml, [{ type: 'paragraph', children: [{ text }] }]);
    fields.set(id, xml);
    const editor = createHeadlessEditor({
      nodes: RICH_TEXT_NODES,
      onError: (error) => {
        throw error;
      },
    });
    const view = new FieldAwareness(awareness, id);
    const provider = fieldProvider(shared, view);
    const bound = bindEditor(editor, doc, xml, provider, id);
    cleanups.push(bound.dispose);
    return { ...bound, editor, view, provider, xml };
  };
  const a = bind('block-1:contentObjectives', 'Participants compare two lesson plans');
  const b = bind('block-1:languageObjectives', 'Use comparatives');
  cleanups.push(() => doc.destroy());
  return { doc, awareness, a, b };
}

/** Another co-tutor's window, whose awareness reaches ours as it would over the network. */
function coTutor(local: Awareness, name: string) {
  const remote = new Awareness(new Y.Doc());
  cleanups.push(() => remote.destroy());
  const send = (state: Record<string, unknown>) => {
    remote.setLocalState({ user: { name, color: '#0f766e' }, ...state });
    applyAwarenessUpdate(local, encodeAwarenessUpdate(remote, [remote.clientID]), 'remote');
  };
  return { clientId: remote.clientID, send };
}

const selectAll = (editor: LexicalEditor) =>
  editor.update(
    () => {
      const paragraph = $getRoot().getFirstChild();
      if ($isElementNode(paragraph)) paragraph.select(0, paragraph.getChildrenSize());
    },
    { discrete: true },
  );

describe('each field’s view of the awareness', () => {
  it('shows a remote cursor in the field it is tagged with and in no other', () => {
    const { awareness, a, b } = windowWithTwoFields();
    const aigerim = coTutor(awareness, 'Aigerim Sultanova');
    const position = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(a.xml, 0));
    aigerim.send({ field: { id: a.view.fieldId, anchor: position, focus: position } });

    const inA = a.view.getStates().get(aigerim.clientId);
    expect(inA).toMatchObject({ name: 'Aigerim Sultanova', color: '#0f766e', focusing: true });
    expect(
      Y.compareRelativePositions(inA!.anchorPos, Y.createRelativePositionFromJSON(position)),
    ).toBe(true);
    expect(b.view.getStates().size).toBe(0);
  });

  it('hands the remote cursor to field A’s binding and never to field B’s, also when the co-tutor moves', () => {
    const { awareness, a, b } = windowWithTwoFields();
    // What each binding draws cursors from (Lexical's syncCursorPositions reads provider.awareness).
    const seenBy = (field: Field, clientId: number) =>
      field.provider.awareness.getStates().has(clientId);
    const aigerim = coTutor(awareness, 'Aigerim Sultanova');
    aigerim.send({ field: { id: a.view.fieldId, anchor: null, focus: null } });
    expect(seenBy(a, aigerim.clientId)).toBe(true);
    expect(seenBy(b, aigerim.clientId)).toBe(false);

    aigerim.send({ field: { id: b.view.fieldId, anchor: null, focus: null } });
    expect(seenBy(a, aigerim.clientId)).toBe(false);
    expect(seenBy(b, aigerim.clientId)).toBe(true);

    aigerim.send({ field: null });
    expect(seenBy(b, aigerim.clientId)).toBe(false);
  });

  it('ignores malformed remote states instead of drawing them', () => {
    const { awareness, a } = windowWithTwoFields();
    const stranger = coTutor(awareness, '');
    stranger.send({ field: { id: a.view.fieldId, anchor: { item: 'x' }, focus: 7 } });
    expect(a.view.getStates().size).toBe(0);
  });
});

describe('this user’s cursor', () => {
  const localField = (awareness: Awareness) => readField(awareness.getLocalState() ?? {});

  it('is written only while the field has focus, tagged with that field', () => {
    const { awareness, a, b } = windowWithTwoFields();
    selectAll(b.editor);
    expect(localField(awareness)).toBeNull();

    b.view.focus();
    selectAll(b.editor);
    const field = localField(awareness);
    expect(field?.id).toBe(b.view.fieldId);
    expect(field?.anchor).not.toBeNull();
    expect(a.view.getLocalState()).toMatchObject({ anchorPos: null, focusing: false });
  });

  it('disappears when the field is blurred, but not when another field’s blur arrives late', () => {
    const { awareness, a, b } = windowWithTwoFields();
    a.view.focus();
    selectAll(a.editor);
    a.view.blur();
    expect(awareness.getLocalState()?.[FIELD_KEY]).toBeNull();

    // Moving from A to B: B's focus may be reported before A's blur.
    a.view.focus();
    b.view.focus();
    a.view.blur();
    expect(localField(awareness)?.id).toBe(b.view.fieldId);
  });
});
