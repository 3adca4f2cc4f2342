import { createHeadlessEditor } from '@lexical/headless';
import type { Provider } from '@lexical/yjs';
import type { LexicalEditor } from 'lexical';
import { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';

import { bindEditor, type EditorBinding } from '../../renderer/src/editor/collab/bind-editor';
import { RICH_TEXT_NODES } from '../../renderer/src/editor/nodes';

export type HeadlessField = EditorBinding & { editor: LexicalEditor; awareness: Awareness };

/** A Lexical editor without a DOM, bound to a rich-text field exactly as the app binds one. */
export function headlessField(doc: Y.Doc, xmlText: Y.XmlText): HeadlessField {
  const editor = createHeadlessEditor({
    nodes: RICH_TEXT_NODES,
    onError: (error) => {
      throw error;
    },
  });
  const awareness = new Awareness(doc);
  const provider = {
    awareness,
    connect: () => undefined,
    disconnect: () => undefined,
    on: () => undefined,
    off: () => undefined,
  } as unknown as Provider;
  const bound = bindEditor(editor, doc, xmlText, provider, 'field');
  return {
    ...bound,
    editor,
    awareness,
    dispose: () => {
      bound.dispose();
      // The awareness keeps a timer that would hold the process open.
      awareness.destroy();
    },
  };
}
