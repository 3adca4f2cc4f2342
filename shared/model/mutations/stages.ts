import * as Y from 'yjs';

import { stageRecord } from '../create';
import { blockOf, type StageFields } from '../layout';
import { moveRanked, rankForIndex, sortedEntries } from '../ranked-map';
import type { InteractionPattern, LearningType, StagePhase } from '../schema';
import type { Stage } from '../types';
import { asRecord } from '../y-record';
import { assertDuration, assertText } from './guards';

function stagesOf(doc: Y.Doc, blockId: string): Y.Map<Y.Map<unknown>> | null {
  const stages = blockOf(doc, blockId)?.get('stages');
  return stages instanceof Y.Map ? stages : null;
}

export function addStage(doc: Y.Doc, blockId: string, index: number, stage: Stage, origin: unknown): void {
  assertDuration(stage.minutes);
  doc.transact(() => {
    const stages = stagesOf(doc, blockId);
    if (stages === null) return;
    const rank = rankForIndex(sortedEntries(stages), index, (id, next) => stages.get(id)?.set('rank', next));
    stages.set(stage.id, stageRecord(stage, rank));
  }, origin);
}

export function moveStage(doc: Y.Doc, blockId: string, stageId: string, index: number, origin: unknown): void {
  doc.transact(() => {
    const stages = stagesOf(doc, blockId);
    if (stages !== null) moveRanked(stages, stageId, index);
  }, origin);
}

export function deleteStage(doc: Y.Doc, blockId: string, stageId: string, origin: unknown): void {
  doc.transact(() => stagesOf(doc, blockId)?.delete(stageId), origin);
}

export type StageScalars = {
  phase: StagePhase;
  minutes: number;
  facilitatorActions: string;
  participantActions: string;
  interaction: InteractionPattern;
  learningType: LearningType;
  resources: string;
};

export function setStageField<K extends keyof StageScalars>(
  doc: Y.Doc,
  blockId: string,
  stageId: string,
  field: K,
  value: StageScalars[K],
  origin: unknown,
): void {
  if (field === 'minutes') assertDuration(value as number);
  else if (typeof value === 'string') assertText(value);
  doc.transact(() => {
    const stage = stagesOf(doc, blockId)?.get(stageId);
    if (!(stage instanceof Y.Map)) return;
    const record = asRecord<StageFields>(stage);
    if (record.get(field) !== value) record.set(field, value as StageFields[K]);
  }, origin);
}
