import {
  type Binding,
  createYjsBinding,
  type Provider,
  syncLexicalUpdateToYjs,
  syncYjsChangesToLexical,
} from '@lexical/yjs';
import { $getRoot, COLLABORATION_TAG, type LexicalEditor, SKIP_COLLAB_TAG } from 'lexical';
import { type Doc, Map as YMap, UndoManager, XmlText, type YEvent } from 'yjs';

import { withOwnTextCaret } from './own-text-caret';
import { clearRemoteCursors, cursorSafeId, syncRemoteCursors } from './remote-cursors';

export type EditorBinding = {
  binding: Binding;
  dispose: () => void;
};

/**
 * Binds one Lexical editor to one rich-text field of a program: a Y.XmlText that
 * already exists inside the document. Lexical's CollaborationPlugin expects its
 * content to arrive through a provider's sync; a program here is loaded from disk
 * before any editor mounts, so the binding starts by reading what the field holds.
 * Undo is not handled here: one UndoManager covers the whole program.
 *
 * Remote cursors are drawn into `cursorsContainer` from `provider.awareness`,
 * which for a field is a view showing only the people in that field
 * (sync/field-awareness.ts).
 */
export function bindEditor(
  editor: LexicalEditor,
  doc: Doc,
  xmlText: XmlText,
  networkProvider: Provider,
  id: string,
  cursorsContainer: HTMLElement | null = null,
): EditorBinding {
  const binding = createYjsBinding({
    doc,
    docMap: new Map([[id, doc]]),
    editor,
    getXmlText: () => xmlText,
    id: cursorSafeId(id),
  });
  binding.cursorsContainer = cursorsContainer;
  const provider = withOwnTextCaret(networkProvider, doc);

  editor.update(
    () => {
      binding.root.applyChildrenYjsDelta(binding, xmlText.toDelta());
      binding.root.syncChildrenFromYjs(binding);
    },
    // Tagged as a collaboration update so it is not written back to the document.
    { discrete: true, tag: COLLABORATION_TAG },
  );

  const onYjsChanges = (events: YEvent<XmlText>[], transaction: { origin: unknown }) => {
    if (transaction.origin === binding) return;
    syncYjsChangesToLexical(
      binding,
      provider,
      events as Parameters<typeof syncYjsChangesToLexical>[2],
      transaction.origin instanceof UndoManager,
      syncRemoteCursors,
    );
  };
  xmlText.observeDeep(onYjsChanges);
  const redrawCursors = () => syncRemoteCursors(binding, provider);
  provider.awareness.on('update', redrawCursors);

  const removeUpdateListener = editor.registerUpdateListener(
    ({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) => {
      if (tags.has(SKIP_COLLAB_TAG)) return;
      syncLexicalUpdateToYjs(
        binding,
        provider,
        prevEditorState,
        editorState,
        dirtyElements,
        dirtyLeaves,
        normalizedNodes,
        tags,
      );
    },
  );

  return {
    binding,
    dispose: () => {
      xmlText.unobserveDeep(onYjsChanges);
      provider.awareness.off('update', redrawCursors);
      clearRemoteCursors(binding, provider);
      removeUpdateListener();
      binding.root.destroy(binding);
      forgetCollabNodes(xmlText);
      // An editor can be bound again (React remounts effects); it must then start
      // empty, or the next binding would reconcile against stale nodes.
      editor.update(() => $getRoot().clear(), { discrete: true, tag: SKIP_COLLAB_TAG });
    },
  };
}

/**
 * @lexical/yjs caches its node for each shared type on the type itself and reuses
 * it in the next binding, children included, which duplicates text when a field
 * is bound again (reopening a session). Dropping the cache on unbind makes the
 * next binding build its nodes afresh from the document.
 */
function forgetCollabNodes(type: XmlText): void {
  delete (type as { _collabNode?: unknown })._collabNode;
  for (const op of type.toDelta() as { insert?: unknown }[]) {
    if (op.insert instanceof XmlText) forgetCollabNodes(op.insert);
    else if (op.insert instanceof YMap) delete (op.insert as { _collabNode?: unknown })._collabNode;
  }
}
