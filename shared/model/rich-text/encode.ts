import * as Y from 'yjs';

import {
  type ElementAttributes,
  headingAttributes,
  LINEBREAK_PROPERTIES,
  linkAttributes,
  listAttributes,
  listItemAttributes,
  paragraphAttributes,
  TEXT_FORMAT,
  textProperties,
} from './lexical-format';
import { isSafeUrl } from './links';
import { type Inline, isLink, type ListBlock, type RichText, type TextRun } from './types';

/**
 * Writes rich text into an empty Y.XmlText in the layout a Lexical editor bound to
 * it expects. Works on a fresh (not yet integrated) XmlText too, so a whole
 * program can be assembled and inserted in one transaction.
 */
export function writeRichText(target: Y.XmlText, content: RichText): void {
  const out = new Cursor(target);
  // An editor always holds at least one paragraph; creating it here means no
  // editor ever has to bootstrap content.
  const blocks = content.length > 0 ? content : [{ type: 'paragraph' as const, children: [] }];
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        out.element(paragraphAttributes(), (child) => writeInlines(child, block.children));
        break;
      case 'heading':
        out.element(headingAttributes(block.level), (child) => writeInlines(child, block.children));
        break;
      case 'list':
        writeList(out, block);
        break;
    }
  }
}

/** A fresh XmlText holding the given content. */
export function richTextToXml(content: RichText): Y.XmlText {
  const xml = new Y.XmlText();
  writeRichText(xml, content);
  return xml;
}

function writeList(out: Cursor, list: ListBlock): void {
  out.element(listAttributes(list.ordered), (items) => {
    let value = 1;
    for (const item of list.items) {
      items.element(listItemAttributes(value++), (child) => writeInlines(child, item.children));
      if (item.sublist !== undefined) {
        const sublist = item.sublist;
        // Lexical nests a list inside its own list item, after the parent item.
        items.element(listItemAttributes(value++), (child) => writeList(child, sublist));
      }
    }
  });
}

function writeInlines(out: Cursor, inlines: Inline[]): void {
  for (const inline of inlines) {
    if (isLink(inline)) {
      if (isSafeUrl(inline.link)) {
        out.element(linkAttributes(inline.link), (child) => writeRuns(child, inline.children));
      } else {
        writeRuns(out, inline.children);
      }
    } else {
      writeRuns(out, [inline]);
    }
  }
}

function writeRuns(out: Cursor, runs: TextRun[]): void {
  for (const run of runs) {
    const lines = run.text.split('\n');
    lines.forEach((line, index) => {
      if (index > 0) out.map(LINEBREAK_PROPERTIES);
      if (line !== '') {
        out.map(textProperties(formatOf(run)));
        out.text(line);
      }
    });
  }
}

function formatOf(run: TextRun): number {
  return (
    (run.bold === true ? TEXT_FORMAT.bold : 0) |
    (run.italic === true ? TEXT_FORMAT.italic : 0) |
    (run.underline === true ? TEXT_FORMAT.underline : 0)
  );
}

/** Appends to an XmlText, keeping its own offset because a fresh XmlText reports no length. */
class Cursor {
  private offset = 0;

  constructor(private readonly target: Y.XmlText) {}

  element(attributes: ElementAttributes, fill: (child: Cursor) => void): void {
    const child = new Y.XmlText();
    for (const [key, value] of Object.entries(attributes)) {
      // Yjs stores null attribute values as given; Lexical reads them back as null.
      child.setAttribute(key, value as string);
    }
    fill(new Cursor(child));
    this.target.insertEmbed(this.offset++, child);
  }

  map(properties: Record<string, unknown>): void {
    const map = new Y.Map<unknown>();
    for (const [key, value] of Object.entries(properties)) map.set(key, value);
    this.target.insertEmbed(this.offset++, map);
  }

  text(text: string): void {
    this.target.insert(this.offset, text);
    this.offset += text.length;
  }
}
