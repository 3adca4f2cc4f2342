import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';

import type { Activation } from '../../StaticFieldContent';

/**
 * When the editor replaced the field's text because the user clicked or tabbed
 * into it, gives it the focus, with the caret where the click was. Placed after
 * the binding, so the text is in the editor by then; the text had the same
 * layout, so the point falls on the same character.
 */
export function FocusOnMountPlugin({ activation }: { activation: Activation | null }) {
  const [editor] = useLexicalComposerContext();

  useEffect(() => {
    const root = editor.getRootElement();
    if (activation === null || root === null) return;
    root.focus({ preventScroll: true });
    const point = activation.point;
    const caret = point === null ? null : document.caretRangeFromPoint(point.x, point.y);
    if (caret === null || !root.contains(caret.startContainer)) return;
    // Lexical reads the DOM selection into its own on the selectionchange that follows.
    const selection = window.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(caret);
  }, [editor, activation]);

  return null;
}
