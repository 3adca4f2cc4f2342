import { createHeadlessEditor } from '@lexical/headless';
import {
  createYjsBinding,
  type Provider,
  syncLexicalUpdateToYjs,
  syncYjsChangesToLexical,
} from '@lexical/yjs';
import {
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  type LexicalEditor,
  SKIP_COLLAB_TAG,
} from 'lexical';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';

import { bindEditor } from '../../renderer/src/editor/collab/bind-editor';
import { RICH_TEXT_NODES } from '../../renderer/src/editor/nodes';
import { FieldAwareness } from '../../renderer/src/sync/field-awareness';
import { fieldProvider } from '../../renderer/src/sync/field-provider';
import { announceUser } from '../../renderer/src/sync/presence-state';
import { SharedProvider } from '../../renderer/src/sync/shared-provider';

/** One co-tutor's editor on a rich-text field, typing where its caret is. */
export type TypingEditor = {
  editor: LexicalEditor;
  /** Clicks at `offset` characters into the field's first paragraph. */
  placeCaret(offset: number): void;
  type(character: string): void;
  /**
   * Puts the remote changes received so far on screen. Lexical applies them in
   * a microtask, so in a browser they are there before the next key event; a
   * test that types synchronously must say when.
   */
  settle(): void;
  text(): string;
  /** The caret's place in characters of the first paragraph, or null if it is not a caret. */
  caret(): number | null;
  dispose(): void;
};

/** How a field's editor is bound to its Y.XmlText. */
export type Wiring = (doc: Y.Doc, xmlText: Y.XmlText, awareness: Awareness) => () => void;

const FIELD = 'block-1:cognition';

/** As the app binds a field: our binding, the field's view of the window's awareness, with focus. */
export const appWiring =
  (editor: LexicalEditor): Wiring =>
  (doc, xmlText, awareness) => {
    const view = new FieldAwareness(awareness, FIELD);
    const provider = fieldProvider(new SharedProvider(), view);
    const bound = bindEditor(editor, doc, xmlText, provider, FIELD);
    view.focus();
    return bound.dispose;
  };

/**
 * As Lexical's CollaborationPlugin binds an editor (useYjsCollaboration and
 * useProvider in @lexical/react 0.52.0): its binding and its own functions,
 * the provider's awareness written directly, content arriving from Yjs.
 */
export const bareLexicalWiring =
  (editor: LexicalEditor): Wiring =>
  (doc, xmlText, awareness) => {
    const provider = {
      awareness,
      connect: () => undefined,
      disconnect: () => undefined,
      on: () => undefined,
      off: () => undefined,
    } as unknown as Provider;
    const binding = createYjsBinding({
      doc,
      docMap: new Map([[FIELD, doc]]),
      editor,
      getXmlText: () => xmlText,
      id: 'bare',
    });
    awareness.setLocalState({
      anchorPos: null,
      awarenessData: {},
      color: '#0f766e',
      focusPos: null,
      focusing: true,
      name: 'Bare',
    });
    const onYjsChanges = (events: Y.YEvent<Y.XmlText>[], transaction: Y.Transaction) => {
      if (transaction.origin === binding) return;
      syncYjsChangesToLexical(
        binding,
        provider,
        events as Parameters<typeof syncYjsChangesToLexical>[2],
        transaction.origin instanceof Y.UndoManager,
      );
    };
    xmlText.observeDeep(onYjsChanges);
    const stop = editor.registerUpdateListener((update) => {
      if (update.tags.has(SKIP_COLLAB_TAG)) return;
      syncLexicalUpdateToYjs(
        binding,
        provider,
        update.prevEditorState,
        update.editorState,
        update.dirtyElements,
        update.dirtyLeaves,
        update.normalizedNodes,
        update.tags,
      );
    });
    return () => {
      stop();
      xmlText.unobserveDeep(onYjsChanges);
    };
  };

/** One co-tutor's window: a program document with one field, an awareness and an editor. */
export function typingWindow(
  doc: Y.Doc,
  xmlText: Y.XmlText,
  wire: (editor: LexicalEditor) => Wiring,
): TypingEditor {
  const editor = createHeadlessEditor({
    nodes: RICH_TEXT_NODES,
    onError: (error) => {
      throw error;
    },
  });
  const awareness = new Awareness(doc);
  announceUser(awareness, { name: `Co-tutor ${doc.clientID}`, color: '#2f6fde' });
  const unbind = wire(editor)(doc, xmlText, awareness);
  const paragraphText = () => $getRoot().getFirstChildOrThrow().getTextContent();
  return {
    editor,
    placeCaret: (offset) =>
      editor.update(
        () => {
          const paragraph = $getRoot().getFirstChild();
          if (!$isElementNode(paragraph)) throw new Error('The field has no paragraph.');
          const text = paragraph.getFirstChild();
          if ($isTextNode(text)) text.select(offset, offset);
          else paragraph.select(0, 0);
        },
        { discrete: true },
      ),
    type: (character) =>
      editor.update(
        () => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) throw new Error('The editor has no caret.');
          selection.insertText(character);
        },
        { discrete: true },
      ),
    settle: () => editor.read(() => undefined),
    text: () => editor.read(paragraphText),
    caret: () =>
      editor.read(() => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
        const node = selection.anchor.getNode();
        if (!$isTextNode(node)) return selection.anchor.offset === 0 ? 0 : null;
        let offset = selection.anchor.offset;
        for (
          let sibling = node.getPreviousSibling();
          sibling !== null;
          sibling = sibling.getPreviousSibling()
        )
          offset += sibling.getTextContentSize();
        return offset;
      }),
    dispose: () => {
      unbind();
      awareness.destroy();
    },
  };
}

/**
 * Two computers' copies of a program, joined by a network that holds each
 * update until `deliver` (a server relays them in order, later).
 */
export function twoCopies(): {
  docs: [Y.Doc, Y.Doc];
  deliver(count?: number): void;
  pending(): number;
} {
  const docs: [Y.Doc, Y.Doc] = [new Y.Doc(), new Y.Doc()];
  const queue: { to: Y.Doc; update: Uint8Array }[] = [];
  const NETWORK = 'network';
  docs.forEach((doc, i) => {
    const other = docs[1 - i]!;
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== NETWORK) queue.push({ to: other, update });
    });
  });
  return {
    docs,
    deliver: (count = queue.length) => {
      for (const { to, update } of queue.splice(0, count)) Y.applyUpdate(to, update, NETWORK);
    },
    pending: () => queue.length,
  };
}
