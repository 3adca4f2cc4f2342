import '../../../features/comments/comments.css';

import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Binding } from '@lexical/yjs';
import { COMMAND_PRIORITY_LOW, KEY_DOWN_COMMAND } from 'lexical';
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { XmlText } from 'yjs';

import { anchoredText, isGone } from '../../../../../shared/review/anchor';
import type { ThreadView } from '../../../../../shared/review/threads';
import { MenuButton, type MenuEntry } from '../../../components/menu/MenuButton';
import { setFieldHighlights } from '../../../features/comments/comment-highlights';
import { useComments } from '../../../features/comments/comments-context';
import { useThreads } from '../../../features/comments/use-threads';
import { useProgramSession } from '../../../program';
import { domRangeOf, selectedAnchor } from '../../collab/tree-points';

/** Which field a thread is about, as the field's editor knows it. */
export type CommentField = { blockId: string | null; field: string };

type Props = {
  fieldId: string;
  fieldLabel: string;
  target: CommentField;
  xmlText: XmlText;
  /** The field's binding to the document, once the editor is bound. */
  binding: Binding | null;
};

/**
 * Comments in one rich-text field: "Comment" on the selection (or Ctrl+Alt+M)
 * or on the whole field, a mark with the number of open threads, and the
 * commented text highlighted, redrawn after every change of the field so the
 * highlight follows the text through everyone's edits.
 */
export function CommentPlugin({ fieldId, fieldLabel, target: given, xmlText, binding }: Props) {
  const { t } = useTranslation('comments');
  const { blockId, field } = given;
  const target = useMemo(() => ({ blockId, field }), [blockId, field]);
  const [editor] = useLexicalComposerContext();
  const { doc } = useProgramSession();
  const comments = useComments();
  const open = useThreads().filter(
    (thread) =>
      !thread.resolved && thread.blockId === target.blockId && thread.field === target.field,
  );
  const focusedThreadId = comments?.focusedThreadId ?? null;
  const startThread = comments?.startThread;

  const commentOnSelection = useCallback((): boolean => {
    const selected = binding === null ? null : selectedAnchor(editor, binding);
    if (selected === null || startThread === undefined) return false;
    startThread({ kind: 'range', ...target, ...selected });
    return true;
  }, [binding, editor, startThread, target]);

  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!(event.ctrlKey && event.altKey && event.code === 'KeyM')) return false;
          event.preventDefault();
          commentOnSelection();
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    [editor, commentOnSelection],
  );

  const ranges = open.filter((thread) => thread.kind === 'range' && thread.anchor !== null);
  const rangesKey = ranges.map((thread) => thread.id).join(' ');
  useEffect(() => {
    if (binding === null) return undefined;
    const draw = () => setFieldHighlights(fieldId, highlightsOf(ranges));
    const highlightsOf = (threads: ThreadView[]) => {
      const all: Range[] = [];
      const focused: Range[] = [];
      for (const thread of threads) {
        const anchor = thread.anchor;
        if (anchor === null || isGone(anchoredText(doc, xmlText, anchor))) continue;
        const range = domRangeOf(editor, binding, anchor);
        if (range !== null) (thread.id === focusedThreadId ? focused : all).push(range);
      }
      return { all, focused };
    };
    draw();
    const stop = editor.registerUpdateListener(draw);
    return () => {
      stop();
      setFieldHighlights(fieldId, { all: [], focused: [] });
    };
    // The threads are named by rangesKey: a new reading with the same threads draws the same.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [binding, doc, editor, fieldId, focusedThreadId, rangesKey, xmlText]);

  if (comments === null) return null;
  const entries = (): MenuEntry[] => {
    const selected = binding === null ? null : selectedAnchor(editor, binding);
    return [
      ...(selected === null
        ? []
        : [
            {
              kind: 'item' as const,
              key: 'selection',
              label: t('actions.commentOnSelection'),
              onSelect: () => comments.startThread({ kind: 'range', ...target, ...selected }),
            },
          ]),
      {
        kind: 'item',
        key: 'field',
        label: t('actions.commentOnField'),
        onSelect: () => comments.startThread({ kind: 'field', ...target }),
      },
    ];
  };
  return (
    <span className="field-comments">
      {open.length > 0 ? (
        <button
          type="button"
          className="field-comment-mark"
          title={t('fieldMark', { count: open.length })}
          aria-label={t('fieldMark', { count: open.length })}
          onClick={() => {
            comments.setPanelOpen(true);
            comments.focusThread(open[0]?.id ?? null);
          }}
        >
          <span className="field-comment-icon" aria-hidden="true" />
          {open.length}
        </button>
      ) : null}
      <MenuButton
        className="btn btn-ghost btn-small field-comment-button"
        ariaLabel={t('actions.commentMenu', { field: fieldLabel })}
        entries={entries}
        align="end"
      >
        {t('actions.comment')}
      </MenuButton>
    </span>
  );
}
