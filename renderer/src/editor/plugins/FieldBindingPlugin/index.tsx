import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import type { XmlText } from 'yjs';

import { useProgramSession } from '../../../program';
import { bindEditor } from '../../collab/bind-editor';

/**
 * Connects this editor to its rich-text field in the program document, and lets
 * its edits join the program's undo history.
 */
export function FieldBindingPlugin({ xmlText, fieldId }: { xmlText: XmlText; fieldId: string }) {
  const [editor] = useLexicalComposerContext();
  const session = useProgramSession();

  useEffect(() => {
    const { binding, dispose } = bindEditor(editor, session.doc, xmlText, session.provider, fieldId);
    const untrack = session.trackOrigin(binding);
    return () => {
      untrack();
      dispose();
    };
  }, [editor, session, xmlText, fieldId]);

  return null;
}
