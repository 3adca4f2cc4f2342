import { LIMITS } from '../schema';

/**
 * The kinds of plain field a record holds. Each kind knows, for one field, what
 * its stored value reads as, whether a stored value is one the writer could have
 * written, and how a value is stored; the tables in this folder declare every
 * plain field with one of these, and the readers, writers, document check and
 * creation of records are derived from them (table.ts).
 */

/** A plain value as it is stored in a record's Y.Map. */
export type Stored = string | number | null | readonly string[];

/** Why a stored value is not one the writer could have written. */
export type FieldFault = 'invalid' | 'out of range';

export type FieldKind = 'text' | 'choice' | 'integer' | 'text-list';

export type Field<V> = {
  readonly kind: FieldKind;
  /** The words a choice allows. */
  readonly options?: readonly string[];
  /** The range of an integer, or the most characters a text may hold. */
  readonly min?: number;
  readonly max?: number;
  /** What a missing or unreadable stored value reads as, on every replica alike. */
  readonly fallback: V;
  /** The value of a newly created record, when nothing else is given. */
  readonly initial: V;
  /**
   * The stored value as the program shows it. Whatever another client, an older
   * version or a damaged file stored, the result is one the writer accepts: the
   * fallback when the type is wrong, the nearest allowed value when out of range.
   */
  read(stored: unknown): V;
  /** Null when the stored value is one the writer could have written. */
  fault(stored: unknown): FieldFault | null;
  /**
   * The stored form of a value. Forms validate first and show their own
   * messages; this throws RangeError, because a value reaching here unchecked
   * is a programming error.
   */
  write(value: V): Stored;
};

type TextOptions = { max?: number; fallback?: string; initial?: string };

/** A line of plain text, at most `max` characters (UTF-16 units, as String.length counts). */
export function text({
  max = LIMITS.maxTextLength,
  fallback = '',
  initial = fallback,
}: TextOptions = {}): Field<string> & { readonly kind: 'text'; readonly max: number } {
  return {
    kind: 'text',
    max,
    fallback,
    initial,
    read: (stored) => (typeof stored === 'string' ? truncate(stored, max) : fallback),
    fault: (stored) =>
      typeof stored !== 'string' ? 'invalid' : stored.length > max ? 'out of range' : null,
    write(value) {
      if (typeof value !== 'string' || value.length > max) {
        throw new RangeError(`A field can hold at most ${max} characters.`);
      }
      return value;
    },
  };
}

/** A list of lines, replaced as a whole (last writer wins). */
export function textList({ initial = [] }: { initial?: readonly string[] } = {}): Field<string[]> {
  const max = LIMITS.maxTextLength;
  const valid = (stored: unknown): stored is string[] =>
    Array.isArray(stored) && stored.every((item) => typeof item === 'string');
  return {
    kind: 'text-list',
    max,
    fallback: [],
    get initial() {
      return [...initial];
    },
    read: (stored) =>
      Array.isArray(stored)
        ? stored
            .filter((item): item is string => typeof item === 'string')
            .map((item) => truncate(item, max))
        : [],
    fault: (stored) =>
      !valid(stored) ? 'invalid' : stored.some((item) => item.length > max) ? 'out of range' : null,
    write(value) {
      if (!valid(value) || value.some((item) => item.length > max)) {
        throw new RangeError(`Each entry of a list can hold at most ${max} characters.`);
      }
      return [...value];
    },
  };
}

/** One of a fixed set of words. */
export function choice<const T extends string>(
  options: readonly T[],
  fallback: T,
  initial: T = fallback,
): Field<T> & { readonly options: readonly T[] } {
  const valid = (stored: unknown): stored is T =>
    typeof stored === 'string' && (options as readonly string[]).includes(stored);
  return {
    kind: 'choice',
    options,
    fallback,
    initial,
    read: (stored) => (valid(stored) ? stored : fallback),
    fault: (stored) => (valid(stored) ? null : 'invalid'),
    write(value) {
      if (!valid(value)) throw new RangeError(`A choice must be one of ${options.join(', ')}.`);
      return value;
    },
  };
}

/** One of a fixed set of words or none, stored as the empty string when none. */
export function optionalChoice<const T extends string>(
  options: readonly T[],
): Field<T | null> & { readonly options: readonly T[] } {
  const word = choice(options, options[0] as T);
  return {
    kind: 'choice',
    options,
    fallback: null,
    initial: null,
    read: (stored) => (word.fault(stored) === null ? word.read(stored) : null),
    fault: (stored) => (stored === '' ? null : word.fault(stored)),
    write: (value) => (value === null ? '' : word.write(value)),
  };
}

type IntegerOptions = {
  min: number;
  max: number;
  fallback: number;
  initial?: number;
  refusal: string;
};

/** A whole number from `min` to `max`; a stored fraction reads rounded, a stored excess clamped. */
export function integer({
  min,
  max,
  fallback,
  initial = fallback,
  refusal,
}: IntegerOptions): Field<number> {
  return {
    kind: 'integer',
    min,
    max,
    fallback,
    initial,
    read: (stored) => (isNumber(stored) ? clamp(Math.round(stored), min, max) : fallback),
    fault: (stored) =>
      !isNumber(stored)
        ? 'invalid'
        : Number.isInteger(stored) && stored >= min && stored <= max
          ? null
          : 'out of range',
    write(value) {
      if (!Number.isInteger(value) || value < min || value > max) throw new RangeError(refusal);
      return value;
    },
  };
}

/** A whole number from `min` to `max`, or null (stored as null) when not set. */
export function optionalInteger(
  options: Omit<IntegerOptions, 'fallback' | 'initial'>,
): Field<number | null> {
  const number = integer({ ...options, fallback: options.min });
  return {
    kind: 'integer',
    min: options.min,
    max: options.max,
    fallback: null,
    initial: null,
    read: (stored) => (isNumber(stored) ? number.read(stored) : null),
    fault: (stored) => (stored === null ? null : number.fault(stored)),
    write: (value) => (value === null ? null : number.write(value)),
  };
}

/** Minutes a block or stage lasts: 0 (pre-work) to a whole day. */
export function duration({ initial }: { initial: number }): Field<number> {
  const max = LIMITS.minutesPerDay;
  return integer({
    min: 0,
    max,
    fallback: 0,
    initial,
    refusal: `A duration must be whole minutes from 0 to ${max}.`,
  });
}

const CLOCK = {
  min: 0,
  max: LIMITS.minutesPerDay - 1,
  refusal: 'A time of day must be whole minutes from 00:00 to 23:59.',
};

/** A time of day in minutes after midnight (0–1439). */
export function clock({ fallback }: { fallback: number }): Field<number> {
  return integer({ ...CLOCK, fallback });
}

/** A time of day, or null when there is none. */
export function optionalClock(): Field<number | null> {
  return optionalInteger(CLOCK);
}

function isNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** The first `max` UTF-16 units, without splitting a surrogate pair. */
function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  const code = value.charCodeAt(max - 1);
  return value.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}
