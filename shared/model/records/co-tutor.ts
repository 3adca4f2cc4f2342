import { text } from './field';
import type { FieldValues } from './table';

/** A co-tutor (`coTutors` → id → record, beside its `rank`): one line per field. */
export const CO_TUTOR_FIELDS = {
  name: text(),
  institution: text(),
  role: text(),
} as const;

export type CoTutor = { id: string } & FieldValues<typeof CO_TUTOR_FIELDS>;
