import * as Y from 'yjs';

import type { Placement } from './placement';
import type {
  BLOCK_FIELDS,
  CO_TUTOR_FIELDS,
  DAY_FIELDS,
  META_FIELDS,
  STAGE_FIELDS,
  StoredFields,
} from './records';
import type { ProgramRichField, SessionRichField } from './schema';
import { asRecord, type YRecord } from './y-record';

/**
 * Where each part of a program lives in its Y.Doc (docs/file-format.md):
 *
 *   doc.getMap('program')
 *     schemaVersion, programId
 *     meta        Y.Map    META_FIELDS (plain values)
 *     text        Y.Map    learningOutcomes → Y.XmlText
 *     coTutors    Y.Map    id → Y.Map { rank, CO_TUTOR_FIELDS }
 *     days        Y.Map    id → Y.Map { rank, DAY_FIELDS }
 *     blocks      Y.Map    id → Y.Map { placement {dayId, rank}, BLOCK_FIELDS,
 *                                       facilitators Y.Map id → true,
 *                                       text Y.Map field → Y.XmlText,
 *                                       stages Y.Map id → Y.Map { rank, STAGE_FIELDS } }
 *
 * The plain fields of each record kind are declared once, in records/.
 */

export const ROOT_NAME = 'program';

export type RootFields = {
  schemaVersion: number;
  programId: string;
  meta: YMeta;
  text: Y.Map<Y.XmlText>;
  coTutors: Y.Map<Y.Map<unknown>>;
  days: Y.Map<Y.Map<unknown>>;
  blocks: Y.Map<Y.Map<unknown>>;
};
export type YRoot = YRecord<RootFields>;
export type YMeta = YRecord<StoredFields<typeof META_FIELDS>>;

/** Ranked records hold their `rank` beside the plain fields of their table (records/). */
export type CoTutorFields = { rank: string } & StoredFields<typeof CO_TUTOR_FIELDS>;
export type DayFields = { rank: string } & StoredFields<typeof DAY_FIELDS>;
export type StageFields = { rank: string } & StoredFields<typeof STAGE_FIELDS>;
export type BlockFields = StoredFields<typeof BLOCK_FIELDS> & {
  placement: Placement;
  facilitators: Y.Map<true>;
  text: Y.Map<Y.XmlText>;
  stages: Y.Map<Y.Map<unknown>>;
};

export type YBlock = YRecord<BlockFields>;

export function rootOf(doc: Y.Doc): YRoot {
  return asRecord<RootFields>(doc.getMap(ROOT_NAME));
}

/** The program's parts, or null when the document holds no program (yet). */
export function partsOf(doc: Y.Doc): ProgramParts | null {
  const root = rootOf(doc);
  const meta = root.get('meta');
  const text = root.get('text');
  const coTutors = root.get('coTutors');
  const days = root.get('days');
  const blocks = root.get('blocks');
  if (
    !(meta instanceof Y.Map) ||
    !(text instanceof Y.Map) ||
    !(coTutors instanceof Y.Map) ||
    !(days instanceof Y.Map) ||
    !(blocks instanceof Y.Map)
  ) {
    return null;
  }
  return { root, meta, text, coTutors, days, blocks };
}

export type ProgramParts = {
  root: YRoot;
  meta: YMeta;
  text: Y.Map<Y.XmlText>;
  coTutors: Y.Map<Y.Map<unknown>>;
  days: Y.Map<Y.Map<unknown>>;
  blocks: Y.Map<Y.Map<unknown>>;
};

export function requireParts(doc: Y.Doc): ProgramParts {
  const parts = partsOf(doc);
  if (parts === null) throw new Error('This document holds no program.');
  return parts;
}

export function blockOf(doc: Y.Doc, blockId: string): YBlock | null {
  const block = requireParts(doc).blocks.get(blockId);
  return block instanceof Y.Map ? asRecord<BlockFields>(block) : null;
}

export function richFieldOf(block: YBlock, field: SessionRichField): Y.XmlText | null {
  const text = block.get('text');
  const xml = text instanceof Y.Map ? text.get(field) : undefined;
  return xml instanceof Y.XmlText ? xml : null;
}

export function programRichFieldOf(doc: Y.Doc, field: ProgramRichField): Y.XmlText | null {
  const xml = requireParts(doc).text.get(field);
  return xml instanceof Y.XmlText ? xml : null;
}
