import * as Y from 'yjs';

import { MAX_POSITION_BYTES } from './thread-records';

/**
 * Where a range thread's text is. The two ends are Y.RelativePositions into the
 * field's Y.XmlText in the program document (docs/comments.md): they name the
 * characters, not offsets, so they follow the text through everyone's edits. The
 * start is bound to the first commented character and the end to the last one,
 * so text typed at either edge stays outside the range.
 */
export type RangeAnchor = { start: Uint8Array; end: Uint8Array };

/** A point in a field's tree: a Y.XmlText (the field or one of its paragraphs) and an index in it. */
export type TreePoint = { type: Y.XmlText; index: number };

export function anchorOf(start: TreePoint, end: TreePoint): RangeAnchor {
  return {
    start: Y.encodeRelativePosition(
      Y.createRelativePositionFromTypeIndex(start.type, start.index, 0),
    ),
    end: Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(end.type, end.index, -1)),
  };
}

/** The stored bytes as a relative position, or null when they are not one (from a peer or a file). */
export function decodePosition(bytes: unknown): Y.RelativePosition | null {
  if (!(bytes instanceof Uint8Array) || bytes.byteLength === 0) return null;
  if (bytes.byteLength > MAX_POSITION_BYTES) return null;
  try {
    return Y.decodeRelativePosition(bytes);
  } catch {
    return null;
  }
}

/** Both ends as they stand now, or null when either no longer points into the field. */
export function resolveAnchor(
  doc: Y.Doc,
  field: Y.XmlText,
  anchor: { start: unknown; end: unknown },
): { start: TreePoint; end: TreePoint } | null {
  const start = resolvePoint(doc, field, decodePosition(anchor.start));
  const end = resolvePoint(doc, field, decodePosition(anchor.end));
  return start === null || end === null ? null : { start, end };
}

function resolvePoint(
  doc: Y.Doc,
  field: Y.XmlText,
  position: Y.RelativePosition | null,
): TreePoint | null {
  if (position === null) return null;
  const absolute = Y.createAbsolutePositionFromRelativePosition(position, doc);
  if (absolute === null || !(absolute.type instanceof Y.XmlText)) return null;
  return isInside(absolute.type, field) ? { type: absolute.type, index: absolute.index } : null;
}

/** Whether `type` is `field` or lies within it, and none of the types between was deleted. */
function isInside(type: Y.XmlText, field: Y.XmlText): boolean {
  let current: unknown = type;
  while (current instanceof Y.AbstractType) {
    if (current === field) return true;
    const item = current._item;
    if (item === null || item.deleted) return false;
    current = item.parent;
  }
  return false;
}

/**
 * The text the anchor covers now: "" when its text was deleted (the thread then
 * shows its quote), null when the anchor does not resolve into this field.
 */
export function anchoredText(
  doc: Y.Doc,
  field: Y.XmlText,
  anchor: { start: unknown; end: unknown },
): string | null {
  return anchoredSpan(doc, field, anchor)?.text ?? null;
}

/** The text the anchor covers now and where it ends in the field's flattened text, or null as for anchoredText. */
export function anchoredSpan(
  doc: Y.Doc,
  field: Y.XmlText,
  anchor: { start: unknown; end: unknown },
): { text: string; end: number } | null {
  const points = resolveAnchor(doc, field, anchor);
  if (points === null) return null;
  const { text, offsets } = flatten(field, [points.start, points.end]);
  const [from, to] = offsets;
  if (from === null || to === null || from === undefined || to === undefined) return null;
  return { text: to > from ? text.slice(from, to) : '', end: to };
}

/**
 * The field's text as one string (paragraphs separated by a line break) and, for
 * each point, its offset in that string (null when the point is not in the text).
 * A Lexical field is a tree of Y.XmlTexts: the field holds its blocks, a block
 * its text runs, each run a Y.Map of its format followed by its characters, and
 * a link its own Y.XmlText; every embed or nested type counts one index.
 */
export function flatten(
  field: Y.XmlText,
  points: readonly TreePoint[],
): { text: string; offsets: (number | null)[] } {
  const offsets: (number | null)[] = points.map(() => null);
  let text = '';
  const mark = (type: Y.XmlText, index: number, at: number) => {
    points.forEach((point, i) => {
      if (point.type === type && point.index === index) offsets[i] = at;
    });
  };
  const walk = (type: Y.XmlText, isBlockList: boolean) => {
    let index = 0;
    for (const op of type.toDelta() as { insert?: unknown }[]) {
      const insert = op.insert;
      mark(type, index, text.length);
      if (typeof insert === 'string') {
        points.forEach((point, i) => {
          if (point.type === type && point.index > index && point.index < index + insert.length)
            offsets[i] = text.length + point.index - index;
        });
        text += insert;
        index += insert.length;
        continue;
      }
      if (insert instanceof Y.XmlText) {
        const inline = isInline(insert);
        if (!inline && isBlockList && text !== '' && !text.endsWith('\n')) text += '\n';
        walk(insert, !inline);
      } else if (insert instanceof Y.Map && insert.get('__type') === 'linebreak') {
        text += '\n';
      }
      index += 1;
    }
    mark(type, index, text.length);
  };
  walk(field, true);
  return { text, offsets };
}

function isInline(type: Y.XmlText): boolean {
  const kind = type.getAttribute('__type');
  return kind === 'link' || kind === 'autolink';
}

/** Whether what an anchor covers now (anchoredText) is no longer the text it was about: a thread then shows its quote. */
export function isGone(text: string | null): boolean {
  return text === null || text.trim() === '';
}
