import { BLOCK_TYPES, CEFR_LEVELS, LIMITS } from '../schema';
import { choice, duration, optionalChoice, optionalClock, text } from './field';
import { type FieldKey, type FieldKeyOfKind, fieldKeys, type FieldValues } from './table';

/**
 * The plain fields of a block (`blocks` → id → record): one line per field. A
 * block also holds its `placement`, `facilitators`, rich `text` and `stages`,
 * which are shared types or one atomic value, not plain fields (layout.ts).
 */
export const BLOCK_FIELDS = {
  type: choice(BLOCK_TYPES, 'workshop'),
  title: text({ max: LIMITS.maxTitleLength }),
  /** Whole minutes; a new block's length depends on its type (newBlock). */
  durationMin: duration({ initial: 90 }),
  /** Minutes after midnight when the block is booked at a fixed time, else null. */
  fixedStart: optionalClock(),
  location: text(),
  cefr: optionalChoice(CEFR_LEVELS),
  targetGroup: text(),
  workingLanguage: text(),
  priorLearning: text(),
  nextStep: text(),
  prioritisedBarrier: text(),
} as const;

export type BlockValues = FieldValues<typeof BLOCK_FIELDS>;
export type BlockField = FieldKey<typeof BLOCK_FIELDS>;

/** The block's lines of free text besides its title: what a template may leave out. */
export type BlockLineField = Exclude<FieldKeyOfKind<typeof BLOCK_FIELDS, 'text'>, 'title'>;
export const BLOCK_LINE_FIELDS = fieldKeys(BLOCK_FIELDS).filter(
  (key): key is BlockLineField => BLOCK_FIELDS[key].kind === 'text' && key !== 'title',
);
