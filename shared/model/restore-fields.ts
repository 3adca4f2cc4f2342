import * as Y from 'yjs';

import { blocksOfDay } from './day-blocks';
import { requireParts } from './layout';
import { isPlacement } from './placement';
import { rankForIndex, sortedEntries } from './ranked-map';

/** What a plain field reads as when missing (read.ts), so restoring it changes nothing on screen. */
const BLOCK_DEFAULTS = {
  type: 'workshop',
  title: '',
  durationMin: 0,
  fixedStart: null,
  location: '',
  cefr: '',
  targetGroup: '',
  workingLanguage: '',
  priorLearning: '',
  nextStep: '',
  prioritisedBarrier: '',
} as const;
const STAGE_DEFAULTS = {
  phase: 'input',
  minutes: 0,
  facilitatorActions: '',
  participantActions: '',
  interaction: 'whole-group',
  learningType: 'acquisition',
  resources: '',
} as const;

/**
 * Undoing the deletion of a block (or stage) brings back a new copy of it, but a
 * plain field a co-tutor changed after the deletion cannot come back: Yjs will
 * not restore the older value over the newer one, and the newer one went with the
 * deleted record (docs/file-format.md). Run right after this user's own undo or
 * redo, it writes the value readers already show for each missing field. Only
 * the undoing client runs it, on a record its undo just created, so no co-tutor
 * can be writing the same field at the same time. Returns whether it wrote.
 */
export function restoreMissingFields(doc: Y.Doc, origin: unknown): boolean {
  let wrote = false;
  const fill = (record: Y.Map<unknown>, defaults: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(defaults)) {
      if (!record.has(key)) {
        record.set(key, value);
        wrote = true;
      }
    }
  };
  doc.transact(() => {
    const { blocks, days } = requireParts(doc);
    const lastDay = sortedEntries(days).pop()?.id;
    blocks.forEach((block) => {
      if (!(block instanceof Y.Map)) return;
      fill(block, BLOCK_DEFAULTS);
      if (!isPlacement(block.get('placement')) && lastDay !== undefined) {
        const rank = rankForIndex(blocksOfDay(doc, lastDay), Number.MAX_SAFE_INTEGER, (id, next) =>
          blocks.get(id)?.set('placement', { dayId: lastDay, rank: next }),
        );
        block.set('placement', { dayId: lastDay, rank });
        wrote = true;
      }
      const stages = block.get('stages');
      if (!(stages instanceof Y.Map)) return;
      stages.forEach((stage, stageId) => {
        if (!(stage instanceof Y.Map)) return;
        fill(stage, STAGE_DEFAULTS);
        if (typeof stage.get('rank') !== 'string') {
          const others = sortedEntries(stages, stageId);
          stage.set('rank', rankForIndex(others, others.length, (id, next) => stages.get(id)?.set('rank', next)));
          wrote = true;
        }
      });
    });
  }, origin);
  return wrote;
}
