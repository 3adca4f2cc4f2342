import type { List, ListItem as MdListItem, PhrasingContent, RootContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';

import { joinInlines } from './normalize';
import type { Inline, ListBlock, ListItem, RichBlock, RichText, TextRun } from './types';

type Marks = Omit<TextRun, 'text'>;

/**
 * Templates write their rich text in a small subset of Markdown (paragraphs,
 * "##" headings, "-" and "1." lists, **bold**, *italic*, [links](https://…)),
 * which reads naturally in the JSON files and converts to the model's form here.
 */
export function markdownToRichText(markdown: string): RichText {
  const root = fromMarkdown(markdown);
  return root.children.flatMap(toBlocks);
}

function toBlocks(node: RootContent): RichBlock[] {
  switch (node.type) {
    case 'paragraph':
      return [{ type: 'paragraph', children: joinInlines(toInlines(node.children, {})) }];
    case 'heading':
      return [
        { type: 'heading', level: node.depth, children: joinInlines(toInlines(node.children, {})) },
      ];
    case 'list':
      return [toList(node)];
    case 'blockquote':
      return node.children.flatMap(toBlocks);
    case 'code':
      return [{ type: 'paragraph', children: [{ text: node.value }] }];
    default:
      return [];
  }
}

function toList(list: List): ListBlock {
  return { type: 'list', ordered: list.ordered === true, items: list.children.map(toListItem) };
}

function toListItem(item: MdListItem): ListItem {
  const children: Inline[] = [];
  let sublist: ListBlock | undefined;
  for (const child of item.children) {
    if (child.type === 'paragraph') {
      if (children.length > 0) children.push({ text: ' ' });
      children.push(...toInlines(child.children, {}));
    } else if (child.type === 'list') {
      sublist = toList(child);
    }
  }
  const joined = joinInlines(children);
  return sublist === undefined ? { children: joined } : { children: joined, sublist };
}

function toInlines(nodes: PhrasingContent[], marks: Marks): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        // A single line ending inside a paragraph is a soft wrap in the file, not a break.
        out.push({ text: node.value.replace(/\s*\n\s*/g, ' '), ...marks });
        break;
      case 'inlineCode':
      case 'html':
        out.push({ text: node.value, ...marks });
        break;
      case 'break':
        out.push({ text: '\n', ...marks });
        break;
      case 'strong':
        out.push(...toInlines(node.children, { ...marks, bold: true }));
        break;
      case 'emphasis':
        out.push(...toInlines(node.children, { ...marks, italic: true }));
        break;
      case 'link':
        out.push({
          link: node.url,
          children: toInlines(node.children, marks).flatMap((inline) =>
            'link' in inline ? inline.children : [inline],
          ),
        });
        break;
      default:
        break;
    }
  }
  return out;
}
