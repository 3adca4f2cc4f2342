import * as Y from 'yjs';

import { blockOf, programRichFieldOf } from '../../../shared/model/layout';
import {
  headingAttributes,
  LINEBREAK_PROPERTIES,
  paragraphAttributes,
  textProperties,
} from '../../../shared/model/rich-text/lexical-format';
import { SESSION_RICH_FIELDS, type SessionRichField } from '../../../shared/model/schema';
import { caretOffsets, type Rng } from '../random';
import { runsOf, type Tail, textHolders } from '../rich-layout';
import { LOCAL, pickBlock } from './edit';

/**
 * Finding a place to type in a rich-text field and building what an editor
 * inserts there, from the layout's own parts (rich-text/lexical-format.ts).
 */

/** A field: of a block, or the program's learning outcomes (blockId null). */
export type FieldRef = { blockId: string | null; field: SessionRichField };
// Most typing goes to a few fields, so that co-tutors often type in the same one.
const HOT_FIELDS: SessionRichField[] = ['content', 'notes', 'contentObjectives'];

export function resolve(doc: Y.Doc, ref: FieldRef): Y.XmlText | null {
  if (ref.blockId === null) return programRichFieldOf(doc, 'learningOutcomes');
  const block = blockOf(doc, ref.blockId);
  const text = block?.get('text');
  const xml = text instanceof Y.Map ? text.get(ref.field) : undefined;
  return xml instanceof Y.XmlText ? xml : null;
}

export function pickField(rng: Rng, doc: Y.Doc): [FieldRef, Y.XmlText, string] | null {
  const block = rng.chance(0.15) ? null : pickBlock(rng, doc);
  const ref: FieldRef = {
    blockId: block?.id ?? null,
    field: rng.chance(0.7) ? rng.pick(HOT_FIELDS) : rng.pick(SESSION_RICH_FIELDS),
  };
  const xml = resolve(doc, ref);
  const name = ref.blockId === null ? 'learningOutcomes' : `${ref.blockId}.${ref.field}`;
  return xml === null ? null : [ref, xml, name];
}

/** Applies `change` to the holder's element and run as they are on `doc` now, if they still exist. */
export function inHolder(
  ref: FieldRef,
  holderIndex: number,
  change: (holder: Y.XmlText, field: Y.XmlText) => void,
) {
  return (doc: Y.Doc) => {
    const field = resolve(doc, ref);
    const holder = field === null ? undefined : textHolders(field)[holderIndex]?.element;
    if (field !== null && holder !== undefined) doc.transact(() => change(holder, field), LOCAL);
  };
}

/** The caret offset at or before `offset` (never inside a surrogate pair). */
export function caretAt(text: string, offset: number): number {
  return (
    caretOffsets(text)
      .filter((caret) => caret <= offset)
      .pop() ?? 0
  );
}

export function textRun(format: number): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(textProperties(format))) map.set(key, value);
  return map;
}

export function lineBreak(): Y.Map<unknown> {
  return new Y.Map<unknown>(Object.entries(LINEBREAK_PROPERTIES));
}

/** A new paragraph (or heading) holding `content`, built from the layout's own parts. */
export function element(kind: 'paragraph' | 'heading', content: Tail[]): Y.XmlText {
  const xml = new Y.XmlText();
  const attributes = kind === 'heading' ? headingAttributes(2) : paragraphAttributes();
  for (const [key, value] of Object.entries(attributes)) xml.setAttribute(key, value as string);
  let offset = 0;
  for (const piece of content) {
    if (piece === 'linebreak') xml.insertEmbed(offset++, lineBreak());
    else {
      xml.insertEmbed(offset++, textRun(piece.format));
      xml.insert(offset, piece.text);
      offset += piece.text.length;
    }
  }
  return xml;
}

export const FORMATS = [0, 1, 2, 3, 8, 9];

export function pickHolder(rng: Rng, doc: Y.Doc) {
  const found = pickField(rng, doc);
  if (found === null) return null;
  const [ref, field, name] = found;
  const holders = textHolders(field);
  if (holders.length === 0) return null;
  const index = rng.int(0, holders.length - 1);
  const holder = holders[index];
  return holder === undefined
    ? null
    : { ref, field, name, index, holder, runs: runsOf(holder.element) };
}
