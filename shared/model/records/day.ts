import { clock } from './field';
import type { FieldValues } from './table';

export const DEFAULT_DAY_START = 9 * 60;
export const DEFAULT_DAY_END = 17 * 60;

/**
 * A day (`days` → id → record, beside its `rank`): one line per field. A planned
 * end not after the start means the next morning; the date is not stored.
 */
export const DAY_FIELDS = {
  startMin: clock({ fallback: DEFAULT_DAY_START }),
  plannedEndMin: clock({ fallback: DEFAULT_DAY_END }),
} as const;

export type DayValues = FieldValues<typeof DAY_FIELDS>;
