import * as Y from 'yjs';

import { TEXT_FORMAT } from './lexical-format';
import { pushInline } from './normalize';
import type { Inline, ListBlock, ListItem, RichBlock, RichText, TextRun } from './types';

type DeltaOp = { insert?: unknown };

/**
 * Reads the content of a Y.XmlText written by a Lexical editor (or by writeRichText)
 * back into the editor-independent form. Unknown node types degrade to their text,
 * so nothing a newer editor wrote is silently dropped from exports.
 */
export function readRichText(source: Y.XmlText): RichText {
  const blocks: RichText = [];
  for (const op of source.toDelta() as DeltaOp[]) {
    if (op.insert instanceof Y.XmlText) blocks.push(readBlock(op.insert));
  }
  // A field holding only the empty paragraph every editor needs is an empty field.
  const only = blocks.length === 1 ? blocks[0] : undefined;
  if (only?.type === 'paragraph' && only.children.length === 0) return [];
  return blocks;
}

function readBlock(element: Y.XmlText): RichBlock {
  const type = element.getAttribute('__type');
  if (type === 'heading') {
    const tag = String(element.getAttribute('__tag') ?? 'h2');
    const level = Math.min(6, Math.max(1, Number(tag.slice(1)) || 2)) as 1 | 2 | 3 | 4 | 5 | 6;
    return { type: 'heading', level, children: readInlines(element) };
  }
  if (type === 'list') return readList(element);
  return { type: 'paragraph', children: readInlines(element) };
}

function readList(element: Y.XmlText): ListBlock {
  const ordered = element.getAttribute('__listType') === 'number';
  const items: ListItem[] = [];
  for (const op of element.toDelta() as DeltaOp[]) {
    if (!(op.insert instanceof Y.XmlText)) continue;
    const nested = nestedList(op.insert);
    const previous = items[items.length - 1];
    if (nested !== null && previous !== undefined && previous.sublist === undefined) {
      previous.sublist = nested;
    } else if (nested !== null) {
      items.push({ children: [], sublist: nested });
    } else {
      items.push({ children: readInlines(op.insert) });
    }
  }
  return { type: 'list', ordered, items };
}

/** Lexical nests a list as the only child of a list item. */
function nestedList(item: Y.XmlText): ListBlock | null {
  const ops = item.toDelta() as DeltaOp[];
  const only = ops.length === 1 ? ops[0]?.insert : undefined;
  if (only instanceof Y.XmlText && only.getAttribute('__type') === 'list') return readList(only);
  return null;
}

function readInlines(element: Y.XmlText): Inline[] {
  const inlines: Inline[] = [];
  let format = 0;
  for (const op of element.toDelta() as DeltaOp[]) {
    const insert = op.insert;
    if (typeof insert === 'string') {
      pushInline(inlines, { text: insert, ...formatFlags(format) });
    } else if (insert instanceof Y.Map) {
      const type = insert.get('__type');
      if (type === 'linebreak') {
        pushInline(inlines, { text: '\n' });
        format = 0;
      } else {
        format = Number(insert.get('__format') ?? 0);
      }
    } else if (insert instanceof Y.XmlText) {
      const children = readInlines(insert).flatMap((inline) =>
        'link' in inline ? inline.children : [inline],
      );
      const url = insert.getAttribute('__url');
      if (insert.getAttribute('__type') === 'link' && typeof url === 'string') {
        pushInline(inlines, { link: url, children });
      } else {
        for (const child of children) pushInline(inlines, child);
      }
    }
  }
  return inlines;
}

function formatFlags(format: number): Omit<TextRun, 'text'> {
  const flags: Omit<TextRun, 'text'> = {};
  if (format & TEXT_FORMAT.bold) flags.bold = true;
  if (format & TEXT_FORMAT.italic) flags.italic = true;
  if (format & TEXT_FORMAT.underline) flags.underline = true;
  return flags;
}
