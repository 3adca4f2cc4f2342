import { INTERACTION_PATTERNS, LEARNING_TYPES, STAGE_PHASES } from '../schema';
import { choice, duration, text } from './field';
import type { FieldValues } from './table';

/** A stage of a session plan (a block's `stages` → id → record, beside its `rank`): one line per field. */
export const STAGE_FIELDS = {
  phase: choice(STAGE_PHASES, 'input'),
  minutes: duration({ initial: 10 }),
  facilitatorActions: text(),
  participantActions: text(),
  interaction: choice(INTERACTION_PATTERNS, 'whole-group'),
  learningType: choice(LEARNING_TYPES, 'acquisition'),
  resources: text(),
} as const;

export type StageValues = FieldValues<typeof STAGE_FIELDS>;
export type Stage = { id: string } & StageValues;
