import { $isLinkNode } from '@lexical/link';
import { $isListNode, ListNode } from '@lexical/list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $isHeadingNode } from '@lexical/rich-text';
import { $getNearestNodeOfType } from '@lexical/utils';
import { $getSelection, $isRangeSelection } from 'lexical';
import { useEffect, useState } from 'react';

export type BlockStyle = 'paragraph' | 'h2' | 'h3' | 'bullet' | 'number';

export type FormatState = {
  bold: boolean;
  italic: boolean;
  underline: boolean;
  block: BlockStyle;
  link: boolean;
};

const INITIAL: FormatState = {
  bold: false,
  italic: false,
  underline: false,
  block: 'paragraph',
  link: false,
};

/** What the selection looks like, so toolbar buttons can show pressed states. */
export function useFormatState(): FormatState {
  const [editor] = useLexicalComposerContext();
  const [state, setState] = useState<FormatState>(INITIAL);

  useEffect(
    () =>
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return;
          const anchor = selection.anchor.getNode();
          const top = anchor.getKey() === 'root' ? anchor : anchor.getTopLevelElementOrThrow();
          const list = $getNearestNodeOfType(anchor, ListNode);
          let block: BlockStyle = 'paragraph';
          if (list !== null && $isListNode(list))
            block = list.getListType() === 'number' ? 'number' : 'bullet';
          else if ($isHeadingNode(top)) block = top.getTag() === 'h2' ? 'h2' : 'h3';
          const parent = anchor.getParent();
          const next: FormatState = {
            bold: selection.hasFormat('bold'),
            italic: selection.hasFormat('italic'),
            underline: selection.hasFormat('underline'),
            block,
            link: $isLinkNode(parent) || $isLinkNode(anchor),
          };
          setState((current) =>
            (Object.keys(next) as (keyof FormatState)[]).every((key) => current[key] === next[key])
              ? current
              : next,
          );
        });
      }),
    [editor],
  );

  return state;
}
