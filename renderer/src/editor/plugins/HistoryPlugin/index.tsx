import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { COMMAND_PRIORITY_EDITOR, REDO_COMMAND, UNDO_COMMAND } from 'lexical';
import { useEffect } from 'react';

import { useProgramSession } from '../../../program';

/**
 * Undo and redo inside a rich-text field use the program's one history, so
 * Ctrl+Z steps back through text, fields and moves in the order they were made.
 */
export function HistoryPlugin() {
  const [editor] = useLexicalComposerContext();
  const session = useProgramSession();

  useEffect(
    () =>
      mergeRegister(
        editor.registerCommand(
          UNDO_COMMAND,
          () => {
            session.undo();
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
        editor.registerCommand(
          REDO_COMMAND,
          () => {
            session.redo();
            return true;
          },
          COMMAND_PRIORITY_EDITOR,
        ),
      ),
    [editor, session],
  );

  return null;
}
