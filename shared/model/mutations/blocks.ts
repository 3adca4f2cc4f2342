import * as Y from 'yjs';

import { blockRecord } from '../create';
import { blocksOfDay } from '../day-blocks';
import { blockOf, requireParts } from '../layout';
import { rankForIndex } from '../ranked-map';
import type { BlockType, CefrLevel } from '../schema';
import type { Block } from '../types';
import { assertClock, assertDuration, assertText, assertTitle } from './guards';

function rankInDay(doc: Y.Doc, dayId: string, index: number, exceptId?: string): string {
  const blocks = requireParts(doc).blocks;
  return rankForIndex(blocksOfDay(doc, dayId, exceptId), index, (id, rank) =>
    blocks.get(id)?.set('placement', { dayId, rank }),
  );
}

/** Adds a complete block (every field, every rich text) at a position in a day. */
export function addBlock(doc: Y.Doc, dayId: string, index: number, block: Block, origin: unknown): void {
  assertDuration(block.durationMin);
  assertTitle(block.title);
  doc.transact(() => {
    if (!requireParts(doc).days.has(dayId)) throw new Error(`No day ${dayId} in this program.`);
    const rank = rankInDay(doc, dayId, index);
    requireParts(doc).blocks.set(block.id, blockRecord(block, { dayId, rank }));
  }, origin);
}

/** Moves a block to `index` within a day (its own or another). */
export function moveBlock(doc: Y.Doc, blockId: string, dayId: string, index: number, origin: unknown): void {
  doc.transact(() => {
    const block = blockOf(doc, blockId);
    if (block === null || !requireParts(doc).days.has(dayId)) return;
    block.set('placement', { dayId, rank: rankInDay(doc, dayId, index, blockId) });
  }, origin);
}

export function deleteBlock(doc: Y.Doc, blockId: string, origin: unknown): void {
  doc.transact(() => requireParts(doc).blocks.delete(blockId), origin);
}

export type BlockScalars = {
  type: BlockType;
  title: string;
  durationMin: number;
  fixedStart: number | null;
  location: string;
  cefr: CefrLevel | null;
  targetGroup: string;
  workingLanguage: string;
  priorLearning: string;
  nextStep: string;
  prioritisedBarrier: string;
};

export function setBlockField<K extends keyof BlockScalars>(
  doc: Y.Doc,
  blockId: string,
  field: K,
  value: BlockScalars[K],
  origin: unknown,
): void {
  if (field === 'durationMin') assertDuration(value as number);
  else if (field === 'fixedStart' && value !== null) assertClock(value as number);
  else if (field === 'title') assertTitle(value as string);
  else if (typeof value === 'string') assertText(value);
  doc.transact(() => {
    const block = blockOf(doc, blockId);
    if (block === null) return;
    // The stored form of "no CEFR level" is the empty string (docs/file-format.md).
    const stored = field === 'cefr' && value === null ? '' : value;
    if (block.get(field as 'title') !== stored) block.set(field as 'title', stored as string);
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
