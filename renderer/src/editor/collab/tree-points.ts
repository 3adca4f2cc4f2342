import { $getAnchorAndFocusForUserState, type Binding, type UserState } from '@lexical/yjs';
import {
  $getNodeByKey,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  type LexicalEditor,
  type Point,
} from 'lexical';

import {
  anchorOf,
  decodePosition,
  type RangeAnchor,
  type TreePoint,
} from '../../../../shared/review/anchor';

/**
 * Between Lexical's points and places in the field's Yjs tree, the way
 * @lexical/yjs maps its cursors (SyncCursors.ts): a text node is a Y.Map of its
 * format followed by its characters in its block's Y.XmlText, so a text point
 * is one past the node's own offset there; an element point counts each text
 * child as its characters and format, each other child as one.
 */
function $treePointOf(binding: Binding, point: Point): TreePoint | null {
  const collab = binding.collabNodeMap.get(point.key);
  if (collab === undefined) return null;
  if (point.type === 'text') {
    if (!('_text' in collab)) return null;
    const offset = collab.getOffset();
    return offset === -1
      ? null
      : { type: collab._parent._xmlText, index: offset + 1 + point.offset };
  }
  const node = point.getNode();
  if (!$isElementNode(node) || !('_xmlText' in collab)) return null;
  let index = 0;
  let child = node.getFirstChild();
  for (let i = 0; child !== null && i < point.offset; i++) {
    index += $isTextNode(child) ? child.getTextContentSize() + 1 : 1;
    child = child.getNextSibling();
  }
  return { type: collab._xmlText, index };
}

/** The selected text of this editor as an anchor and its quote, or null when nothing is selected. */
export function selectedAnchor(
  editor: LexicalEditor,
  binding: Binding,
): { anchor: RangeAnchor; quote: string } | null {
  return editor.getEditorState().read(() => {
    const selection = $getSelection();
    if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
    const quote = selection.getTextContent();
    if (quote.trim() === '') return null;
    const [first, last] = selection.isBackward()
      ? [selection.focus, selection.anchor]
      : [selection.anchor, selection.focus];
    const start = $treePointOf(binding, first);
    const end = $treePointOf(binding, last);
    return start === null || end === null ? null : { anchor: anchorOf(start, end), quote };
  });
}

/**
 * Where an anchor lies in the editor's DOM now, for a highlight; null when it does
 * not resolve into this field. The caller checks first that it still covers text.
 */
export function domRangeOf(
  editor: LexicalEditor,
  binding: Binding,
  anchor: { start: unknown; end: unknown },
): Range | null {
  const anchorPos = decodePosition(anchor.start);
  const focusPos = decodePosition(anchor.end);
  if (anchorPos === null || focusPos === null) return null;
  const state = { anchorPos, focusPos } as UserState;
  const ends = editor.getEditorState().read(() => $getAnchorAndFocusForUserState(binding, state));
  if (ends.anchorKey === null || ends.focusKey === null) return null;
  const start = domPoint(editor, ends.anchorKey, ends.anchorOffset);
  const end = domPoint(editor, ends.focusKey, ends.focusOffset);
  if (start === null || end === null) return null;
  const range = document.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  return range.collapsed ? null : range;
}

function domPoint(
  editor: LexicalEditor,
  key: string,
  offset: number,
): { node: Node; offset: number } | null {
  const element = editor.getElementByKey(key);
  if (element === null) return null;
  const isText = editor.getEditorState().read(() => $isTextNode($getNodeByKey(key)));
  if (!isText) return { node: element, offset: Math.min(offset, element.childNodes.length) };
  // A text node's element may wrap its characters (<strong><em>…); they are its one DOM text node.
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const text = walker.nextNode();
  if (text === null) return { node: element, offset: 0 };
  return { node: text, offset: Math.min(offset, text.textContent?.length ?? 0) };
}
