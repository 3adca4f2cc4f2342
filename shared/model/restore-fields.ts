import * as Y from 'yjs';

import { blocksOfDay } from './day-blocks';
import { requireParts } from './layout';
import { isPlacement } from './placement';
import { rankForIndex, sortedEntries } from './ranked-map';
import {
  BLOCK_FIELDS,
  CO_TUTOR_FIELDS,
  DAY_FIELDS,
  type FieldTable,
  fillMissingFields,
  STAGE_FIELDS,
} from './records';

/**
 * Undoing the deletion of a record (block, stage, day, co-tutor) brings back a
 * new copy of it, but a plain field a co-tutor changed after the deletion cannot
 * come back: Yjs will not restore the older value over the newer one, and the
 * newer one went with the deleted record (docs/file-format.md). Run right after
 * this user's own undo or redo, it writes the value readers already show for each
 * missing field (its table's fallback, records/). Only the undoing client runs
 * it, on a record its undo just created, so no co-tutor can be writing the same
 * field at the same time. Returns whether it wrote.
 */
export function restoreMissingFields(doc: Y.Doc, origin: unknown): boolean {
  let wrote = false;
  doc.transact(() => {
    const { blocks, days, coTutors } = requireParts(doc);
    wrote = fillRanked(coTutors, CO_TUTOR_FIELDS) || wrote;
    wrote = fillRanked(days, DAY_FIELDS) || wrote;
    const lastDay = sortedEntries(days).pop()?.id;
    blocks.forEach((block) => {
      if (!(block instanceof Y.Map)) return;
      wrote = fillMissingFields(BLOCK_FIELDS, block) || wrote;
      if (!isPlacement(block.get('placement')) && lastDay !== undefined) {
        const rank = rankForIndex(blocksOfDay(doc, lastDay), Number.MAX_SAFE_INTEGER, (id, next) =>
          blocks.get(id)?.set('placement', { dayId: lastDay, rank: next }),
        );
        block.set('placement', { dayId: lastDay, rank });
        wrote = true;
      }
      const stages = block.get('stages');
      if (stages instanceof Y.Map) wrote = fillRanked(stages, STAGE_FIELDS) || wrote;
    });
  }, origin);
  return wrote;
}

/** Fills the missing plain fields of each record of a ranked map, and a rank at the end where there is none. */
function fillRanked(records: Y.Map<Y.Map<unknown>>, table: FieldTable): boolean {
  let wrote = false;
  records.forEach((record, id) => {
    if (!(record instanceof Y.Map)) return;
    wrote = fillMissingFields(table, record) || wrote;
    if (typeof record.get('rank') !== 'string') {
      const others = sortedEntries(records, id);
      record.set(
        'rank',
        rankForIndex(others, others.length, (other, next) => records.get(other)?.set('rank', next)),
      );
      wrote = true;
    }
  });
  return wrote;
}
