import * as Y from 'yjs';

import { stageRecord } from '../create';
import { blockOf } from '../layout';
import { moveRanked, rankForIndex, sortedEntries } from '../ranked-map';
import { setStored, STAGE_FIELDS, type StageValues, storedField } from '../records';
import type { Stage } from '../types';

function stagesOf(doc: Y.Doc, blockId: string): Y.Map<Y.Map<unknown>> | null {
  const stages = blockOf(doc, blockId)?.get('stages');
  return stages instanceof Y.Map ? stages : null;
}

export function addStage(
  doc: Y.Doc,
  blockId: string,
  index: number,
  stage: Stage,
  origin: unknown,
): void {
  const record = stageRecord(stage, '');
  doc.transact(() => {
    const stages = stagesOf(doc, blockId);
    if (stages === null) return;
    const rank = rankForIndex(sortedEntries(stages), index, (id, next) =>
      stages.get(id)?.set('rank', next),
    );
    record.set('rank', rank);
    stages.set(stage.id, record);
  }, origin);
}

/** Appends stages after the last one, in order, as one change (a method's stages, one undo step). */
export function appendStages(doc: Y.Doc, blockId: string, stages: Stage[], origin: unknown): void {
  const records = stages.map((stage) => [stage.id, stageRecord(stage, '')] as const);
  doc.transact(() => {
    const target = stagesOf(doc, blockId);
    if (target === null) return;
    for (const [id, record] of records) {
      record.set(
        'rank',
        rankForIndex(sortedEntries(target), sortedEntries(target).length, (other, next) =>
          target.get(other)?.set('rank', next),
        ),
      );
      target.set(id, record);
    }
  }, origin);
}

export function moveStage(
  doc: Y.Doc,
  blockId: string,
  stageId: string,
  index: number,
  origin: unknown,
): void {
  doc.transact(() => {
    const stages = stagesOf(doc, blockId);
    if (stages !== null) moveRanked(stages, stageId, index);
  }, origin);
}

export function deleteStage(doc: Y.Doc, blockId: string, stageId: string, origin: unknown): void {
  doc.transact(() => stagesOf(doc, blockId)?.delete(stageId), origin);
}

/** The plain fields of a stage, as setStageField takes them (records/stage.ts). */
export type StageScalars = StageValues;

export function setStageField<K extends keyof StageValues>(
  doc: Y.Doc,
  blockId: string,
  stageId: string,
  field: K,
  value: StageValues[K],
  origin: unknown,
): void {
  const stored = storedField(STAGE_FIELDS, field, value);
  doc.transact(() => {
    const stage = stagesOf(doc, blockId)?.get(stageId);
    if (stage instanceof Y.Map) setStored(stage, field, stored);
  }, origin);
}
