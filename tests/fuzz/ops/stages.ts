import type * as Y from 'yjs';

import {
  addStage,
  deleteStage,
  moveStage,
  setStageField,
  type StageScalars,
} from '../../../shared/model/mutations/stages';
import { type Stage } from '../../../shared/model/records/stage';
import { type Block } from '../../../shared/model/types';
import type { Rng } from '../random';
import * as value from '../values';
import { edit, type EditMaker, LOCAL, pickBlock, quote } from './edit';

/** The stages of a session plan: added, reordered, deleted and edited. */
export const stageEdits: Record<string, EditMaker> = {
  addStage(rng, doc) {
    const block = pickBlock(rng, doc);
    if (block === null) return null;
    const index = rng.int(0, block.stages.length);
    const stage = value.stage(rng);
    return edit(`addStage ${block.id} ${stage.id} @${index}`, (target) =>
      addStage(target, block.id, index, stage, LOCAL),
    );
  },

  moveStage(rng, doc) {
    const found = pickStage(rng, doc);
    if (found === null) return null;
    const [block, stage] = found;
    const index = rng.int(0, block.stages.length - 1);
    return edit(`moveStage ${block.id} ${stage.id} @${index}`, (target) =>
      moveStage(target, block.id, stage.id, index, LOCAL),
    );
  },

  deleteStage(rng, doc) {
    const found = pickStage(rng, doc);
    if (found === null) return null;
    const [block, stage] = found;
    return edit(`deleteStage ${block.id} ${stage.id}`, (target) =>
      deleteStage(target, block.id, stage.id, LOCAL),
    );
  },

  setStageField(rng, doc) {
    const found = pickStage(rng, doc);
    if (found === null) return null;
    const [block, stage] = found;
    const [field, fieldValue] = stageScalar(rng);
    return edit(`${field} ${block.id} ${stage.id} = ${quote(String(fieldValue))}`, (target) =>
      setStageField(target, block.id, stage.id, field, fieldValue, LOCAL),
    );
  },
};

function pickStage(rng: Rng, doc: Y.Doc): [Block, Stage] | null {
  const block = pickBlock(rng, doc);
  if (block === null || block.stages.length === 0) return null;
  return [block, rng.pick(block.stages)];
}

type StageText = 'facilitatorActions' | 'participantActions' | 'resources';

function stageScalar(
  rng: Rng,
):
  | ['phase', StageScalars['phase']]
  | ['minutes', number]
  | ['interaction', StageScalars['interaction']]
  | ['learningType', StageScalars['learningType']]
  | [StageText, string] {
  switch (rng.int(0, 4)) {
    case 0:
      return ['phase', value.phase(rng)];
    case 1:
      return ['minutes', rng.int(0, 120)];
    case 2:
      return ['interaction', value.interaction(rng)];
    case 3:
      return ['learningType', value.learningType(rng)];
    default:
      return [
        rng.pick(['facilitatorActions', 'participantActions', 'resources'] as const),
        value.shortText(rng),
      ];
  }
}
