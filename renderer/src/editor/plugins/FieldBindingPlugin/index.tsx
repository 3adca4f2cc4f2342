import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import type { Binding } from '@lexical/yjs';
import { BLUR_COMMAND, COMMAND_PRIORITY_EDITOR, FOCUS_COMMAND } from 'lexical';
import { useEffect, useRef } from 'react';
import type { XmlText } from 'yjs';

import { useProgramSession } from '../../../program';
import { FieldAwareness } from '../../../sync/field-awareness';
import { fieldProvider } from '../../../sync/field-provider';
import { bindEditor } from '../../collab/bind-editor';

/**
 * Connects this editor to its rich-text field in the program document, lets its
 * edits join the program's undo history, and shows the cursors of the co-tutors
 * typing in this field (and only those). The editor holds a lease on the
 * program's connection while it is mounted. `onBound` hears of the binding (and
 * of its end, as null), for what maps between the editor and the document.
 */
export function FieldBindingPlugin({
  xmlText,
  fieldId,
  onBound,
}: {
  xmlText: XmlText;
  fieldId: string;
  onBound?: (binding: Binding | null) => void;
}) {
  const [editor] = useLexicalComposerContext();
  const session = useProgramSession();
  const cursors = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const awareness = new FieldAwareness(session.awareness, fieldId);
    const provider = fieldProvider(session.sync.shared, awareness);
    provider.connect();
    const { binding, dispose } = bindEditor(
      editor,
      session.doc,
      xmlText,
      provider,
      fieldId,
      cursors.current,
    );
    const untrack = session.trackOrigin(binding);
    onBound?.(binding);
    const root = editor.getRootElement();
    if (root !== null && root.ownerDocument.activeElement === root) awareness.focus();
    const stopFocusTracking = mergeRegister(
      editor.registerCommand(
        FOCUS_COMMAND,
        () => {
          awareness.focus();
          return false;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        BLUR_COMMAND,
        () => {
          awareness.blur();
          return false;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    );
    return () => {
      onBound?.(null);
      stopFocusTracking();
      awareness.blur();
      untrack();
      dispose();
      provider.disconnect();
    };
  }, [editor, session, xmlText, fieldId, onBound]);

  // Carets are positioned against the field (.rich-field is their offset parent).
  return <div ref={cursors} className="remote-cursors" aria-hidden="true" />;
}
