import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';

/** The nodes a rich-text field may hold: what the model's rich text can express. */
export const RICH_TEXT_NODES: Klass<LexicalNode>[] = [
  HeadingNode,
  ListNode,
  ListItemNode,
  LinkNode,
];
