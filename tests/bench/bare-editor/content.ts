import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode, type ListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  type ElementNode,
  type LexicalNode,
} from 'lexical';

import type { Inline, ListBlock, RichBlock, RichText } from '../../../shared/model/rich-text/types';

/**
 * Writes model rich text straight into a Lexical editor state (no Yjs), so the
 * bare editor holds the same nodes as the app's field bound to the document.
 */
export function $appendRichText(content: RichText): void {
  const root = $getRoot();
  if (content.length === 0) root.append($createParagraphNode());
  for (const block of content) root.append($block(block));
}

function $block(block: RichBlock): LexicalNode {
  switch (block.type) {
    case 'paragraph':
      return $withInlines($createParagraphNode(), block.children);
    case 'heading':
      return $withInlines($createHeadingNode(`h${block.level}`), block.children);
    case 'list':
      return $list(block);
  }
}

function $list(list: ListBlock): ListNode {
  const node = $createListNode(list.ordered ? 'number' : 'bullet');
  for (const item of list.items) {
    node.append($withInlines($createListItemNode(), item.children));
    if (item.sublist !== undefined) node.append($createListItemNode().append($list(item.sublist)));
  }
  return node;
}

function $withInlines<T extends ElementNode>(parent: T, inlines: readonly Inline[]): T {
  for (const inline of inlines) {
    if ('link' in inline)
      parent.append($withInlines($createLinkNode(inline.link), inline.children));
    else {
      const text = $createTextNode(inline.text);
      if (inline.bold === true) text.toggleFormat('bold');
      if (inline.italic === true) text.toggleFormat('italic');
      if (inline.underline === true) text.toggleFormat('underline');
      parent.append(text);
    }
  }
  return parent;
}
