import { BLOCK_TYPES, CEFR_LEVELS, LIMITS } from '../schema';
import {
  choice,
  duration,
  integer,
  optionalChoice,
  optionalClock,
  optionalInteger,
  text,
} from './field';
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
  /**
   * Minutes the block ran longer (or, below 0, shorter) than planned on the day
   * it was delivered: "we are running late" and "shorten the next break" write
   * here, so the planned length, and the stages that add up to it, stay as
   * designed while every later start follows (docs/today.md).
   */
  overrunMin: integer({
    min: -LIMITS.minutesPerDay,
    max: LIMITS.minutesPerDay,
    fallback: 0,
    refusal: `An overrun must be whole minutes from -${LIMITS.minutesPerDay} to ${LIMITS.minutesPerDay}.`,
  }),
  /** After delivery: how it went, how many took part, what to change next time. */
  deliveryNote: text(),
  participantCount: optionalInteger({
    min: 0,
    max: LIMITS.maxParticipants,
    refusal: `Participants must be a whole number from 0 to ${LIMITS.maxParticipants}.`,
  }),
  changeNextTime: text(),
} as const;

export type BlockValues = FieldValues<typeof BLOCK_FIELDS>;
export type BlockField = FieldKey<typeof BLOCK_FIELDS>;

/** What is written about a block after it was delivered, never by a template. */
export const DELIVERY_FIELDS = ['deliveryNote', 'participantCount', 'changeNextTime'] as const;
type DeliveryLineField = 'deliveryNote' | 'changeNextTime';

/** The block's lines of free text besides its title: what a template may leave out. */
export type BlockLineField = Exclude<
  FieldKeyOfKind<typeof BLOCK_FIELDS, 'text'>,
  'title' | DeliveryLineField
>;
export const BLOCK_LINE_FIELDS = fieldKeys(BLOCK_FIELDS).filter(
  (key): key is BlockLineField =>
    BLOCK_FIELDS[key].kind === 'text' &&
    key !== 'title' &&
    !(DELIVERY_FIELDS as readonly string[]).includes(key),
);
