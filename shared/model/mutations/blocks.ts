import * as Y from 'yjs';

import { blockRecord } from '../create';
import { blocksOfDay } from '../day-blocks';
import { blockOf, requireParts } from '../layout';
import { rankForIndex } from '../ranked-map';
import {
  BLOCK_FIELDS,
  type BlockField,
  type BlockValues,
  setStored,
  storedField,
} from '../records';
import type { Block } from '../types';

function rankInDay(doc: Y.Doc, dayId: string, index: number, exceptId?: string): string {
  const blocks = requireParts(doc).blocks;
  return rankForIndex(blocksOfDay(doc, dayId, exceptId), index, (id, rank) =>
    blocks.get(id)?.set('placement', { dayId, rank }),
  );
}

/** Adds a complete block (every field, every rich text) at a position in a day. */
export function addBlock(
  doc: Y.Doc,
  dayId: string,
  index: number,
  block: Block,
  origin: unknown,
): void {
  if (!requireParts(doc).days.has(dayId)) throw new Error(`No day ${dayId} in this program.`);
  // Built (and so checked by every field's guard) before anything is written:
  // a refused value must not leave the day re-ranked.
  const record = blockRecord(block, { dayId, rank: '' });
  doc.transact(() => {
    record.set('placement', { dayId, rank: rankInDay(doc, dayId, index) });
    requireParts(doc).blocks.set(block.id, record);
  }, origin);
}

/** Moves a block to `index` within a day (its own or another). */
export function moveBlock(
  doc: Y.Doc,
  blockId: string,
  dayId: string,
  index: number,
  origin: unknown,
): void {
  doc.transact(() => {
    const block = blockOf(doc, blockId);
    if (block === null || !requireParts(doc).days.has(dayId)) return;
    block.set('placement', { dayId, rank: rankInDay(doc, dayId, index, blockId) });
  }, origin);
}

export function deleteBlock(doc: Y.Doc, blockId: string, origin: unknown): void {
  doc.transact(() => requireParts(doc).blocks.delete(blockId), origin);
}

/** The plain fields of a block, as setBlockField takes them (records/block.ts). */
export type BlockScalars = BlockValues;

export function setBlockField<K extends BlockField>(
  doc: Y.Doc,
  blockId: string,
  field: K,
  value: BlockValues[K],
  origin: unknown,
): void {
  const stored = storedField(BLOCK_FIELDS, field, value);
  doc.transact(() => {
    const block = blockOf(doc, blockId);
    if (block !== null) setStored(block, field, stored);
  }, origin);
}

export function setFacilitator(
  doc: Y.Doc,
  blockId: string,
  coTutorId: string,
  facilitates: boolean,
  origin: unknown,
): void {
  doc.transact(() => {
    const facilitators = blockOf(doc, blockId)?.get('facilitators');
    if (!(facilitators instanceof Y.Map)) return;
    if (facilitates) facilitators.set(coTutorId, true);
    else facilitators.delete(coTutorId);
  }, origin);
}
