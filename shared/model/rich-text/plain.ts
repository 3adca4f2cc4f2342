import { type Inline, isLink, type ListBlock, type RichText } from './types';

/** The words of rich text as plain lines: for search, previews and checks. */
export function richTextToPlain(content: RichText): string {
  const lines: string[] = [];
  for (const block of content) {
    if (block.type === 'list') listLines(block, '', lines);
    else lines.push(inlineText(block.children));
  }
  return lines.join('\n').trim();
}

function listLines(list: ListBlock, indent: string, lines: string[]): void {
  list.items.forEach((item, index) => {
    const marker = list.ordered ? `${index + 1}.` : '•';
    if (item.children.length > 0) lines.push(`${indent}${marker} ${inlineText(item.children)}`);
    if (item.sublist !== undefined) listLines(item.sublist, `${indent}  `, lines);
  });
}

export function inlineText(inlines: Inline[]): string {
  return inlines
    .map((inline) =>
      isLink(inline) ? inline.children.map((run) => run.text).join('') : inline.text,
    )
    .join('');
}
