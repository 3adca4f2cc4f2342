import * as Y from 'yjs';

/**
 * Reading the Lexical layout of a rich-text field (docs/file-format.md, "Rich
 * text") closely enough to edit it as an editor would and to check it after
 * merging: elements are embedded Y.XmlText, a text run is a Y.Map of properties
 * followed by its characters, a line break is a Y.Map of its own.
 */

type DeltaOp = { insert?: unknown };

const delta = (xml: Y.XmlText): DeltaOp[] => xml.toDelta() as DeltaOp[];

export const typeOf = (xml: Y.XmlText): unknown => xml.getAttribute('__type');

/** The top-level elements (paragraphs, headings, lists) of a field, in order. */
export function topElements(field: Y.XmlText): Y.XmlText[] {
  return delta(field).flatMap((op) => (op.insert instanceof Y.XmlText ? [op.insert] : []));
}

/** An element whose children are text runs: a paragraph, a heading or a list item. */
export type TextHolder = { element: Y.XmlText; top: number | null };

export function textHolders(field: Y.XmlText): TextHolder[] {
  const holders: TextHolder[] = [];
  topElements(field).forEach((element, top) => {
    if (typeOf(element) !== 'list') holders.push({ element, top });
    else for (const item of topElements(element)) holders.push({ element: item, top: null });
  });
  return holders;
}

/** A text node: its property map at `start` in the parent, then its characters. */
export type Run = { map: Y.Map<unknown>; start: number; text: string };

export function runsOf(holder: Y.XmlText): Run[] {
  const runs: Run[] = [];
  let offset = 0;
  let current: Run | null = null;
  for (const op of delta(holder)) {
    const insert = op.insert;
    if (typeof insert === 'string') {
      if (current !== null) current.text += insert;
      offset += insert.length;
      continue;
    }
    current =
      insert instanceof Y.Map && insert.get('__type') === 'text'
        ? { map: insert, start: offset, text: '' }
        : null;
    if (current !== null) runs.push(current);
    offset += 1;
  }
  return runs;
}

/** What follows the caret in a holder, if it is only text runs and line breaks (else null). */
export type Tail = { format: number; text: string } | 'linebreak';

export function tailAfter(holder: Y.XmlText, offset: number): Tail[] | null {
  const tail: Tail[] = [];
  let position = 0;
  let format = 0;
  for (const op of delta(holder)) {
    const insert = op.insert;
    const length = typeof insert === 'string' ? insert.length : 1;
    const end = position + length;
    if (typeof insert === 'string') {
      const cut = insert.slice(Math.max(0, offset - position));
      if (end > offset && cut !== '') tail.push({ format, text: cut });
    } else if (insert instanceof Y.Map) {
      if (insert.get('__type') === 'linebreak') {
        if (position >= offset) tail.push('linebreak');
      } else {
        format = Number(insert.get('__format') ?? 0);
      }
    } else if (position >= offset) {
      return null;
    }
    position = end;
  }
  return tail;
}

const TOP_TYPES = new Set(['paragraph', 'heading', 'list']);
const INLINE_MAP_TYPES = new Set(['text', 'linebreak']);

/**
 * What a Lexical binding could not read back: a top-level child that is not a
 * paragraph, heading or list; a list child that is not a list item; an embed in
 * a text holder that is neither a text run, a line break, a link nor a nested list.
 */
export function layoutProblems(field: Y.XmlText): string[] {
  return delta(field).flatMap((op) =>
    op.insert instanceof Y.XmlText && TOP_TYPES.has(String(typeOf(op.insert)))
      ? elementProblems(op.insert)
      : [`top level holds ${describe(op.insert)}`],
  );
}

function elementProblems(element: Y.XmlText): string[] {
  if (typeOf(element) !== 'list') return inlineProblems(element);
  return delta(element).flatMap((op) =>
    op.insert instanceof Y.XmlText && typeOf(op.insert) === 'listitem'
      ? inlineProblems(op.insert)
      : [`list holds ${describe(op.insert)}`],
  );
}

function inlineProblems(holder: Y.XmlText): string[] {
  return delta(holder).flatMap((op) => {
    const insert = op.insert;
    if (typeof insert === 'string') return [];
    if (insert instanceof Y.Map && INLINE_MAP_TYPES.has(String(insert.get('__type')))) return [];
    if (insert instanceof Y.XmlText && typeOf(insert) === 'link') return inlineProblems(insert);
    // Lexical nests a list inside a list item.
    if (insert instanceof Y.XmlText && typeOf(insert) === 'list') return elementProblems(insert);
    return [`${String(typeOf(holder))} holds ${describe(insert)}`];
  });
}

function describe(insert: unknown): string {
  if (typeof insert === 'string') return `text ${JSON.stringify(insert.slice(0, 10))}`;
  if (insert instanceof Y.XmlText) return `element ${String(typeOf(insert))}`;
  if (insert instanceof Y.Map) return `map ${String(insert.get('__type'))}`;
  return typeof insert;
}

/**
 * Characters not preceded by a text-run map in their holder. Concurrent edits
 * produce them (one co-tutor deletes a text node while another types into it);
 * Lexical's binding drops them when it reads the field, readRichText keeps them.
 */
export function danglingCharacters(holder: Y.XmlText): number {
  let dangling = 0;
  let inRun = false;
  for (const op of delta(holder)) {
    const insert = op.insert;
    if (typeof insert === 'string') {
      if (!inRun) dangling += insert.length;
    } else if (insert instanceof Y.XmlText) {
      dangling += danglingCharacters(insert);
      inRun = false;
    } else {
      inRun = insert instanceof Y.Map && insert.get('__type') === 'text';
    }
  }
  return dangling;
}
