import { LIMITS } from '../model/schema';
import type { Parsed } from './time';

export type DurationError = 'empty' | 'format' | 'negative' | 'not-whole' | 'too-long';

/**
 * The words a duration is written with, in the reader's language: "45 min",
 * "2 h", "1 h 30 min" in English. The renderer fills them from its catalog;
 * shared code holds no user-visible text of its own.
 */
export type DurationWords = {
  minutes: (minutes: number) => string;
  hours: (hours: number) => string;
  hoursMinutes: (hours: number, minutes: number) => string;
};

/**
 * The unit words a typed duration may carry, in the reader's language; they
 * include the units `DurationWords` writes, so a shown duration reads back as it is.
 */
export type DurationUnits = {
  hour: readonly string[];
  minute: readonly string[];
};

/**
 * How long something lasts, as the planner, the session plan, the PDF and the
 * Word file all write it: "45 min", "2 h", "1 h 30 min" (whole minutes).
 */
export function formatDuration(minutes: number, words: DurationWords): string {
  const whole = Math.max(0, Math.round(minutes));
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  if (hours === 0) return words.minutes(rest);
  if (rest === 0) return words.hours(hours);
  return words.hoursMinutes(hours, rest);
}

/**
 * Reads a duration as typed, in whole minutes:
 * - minutes alone: "90", "90 min";
 * - hours and minutes: "1:30", "1 h 30", "1h30", "1 h 30 min";
 * - hours alone, also with a decimal point or comma: "2 h", "1.5 h", "1,5 h".
 * A decimal is read only with an hour unit ("1.5" alone is not 90 minutes but
 * refused as not whole), and the minutes after hours stay below 60, so "1:75"
 * or "1 h 75" is refused rather than guessed at.
 */
export function parseDuration(input: string, units: DurationUnits): Parsed<DurationError> {
  const text = input.trim().replace(/\s+/g, ' ');
  if (text === '') return { ok: false, error: 'empty' };
  const negative = /^[-−]/.test(text);
  const reading = readAmount(negative ? text.slice(1).trimStart() : text, units);
  if (reading === null) return { ok: false, error: 'format' };
  if (negative && reading !== 0) return { ok: false, error: 'negative' };
  // Hours with a decimal can give a fraction of a minute: 1.1 h is 66 minutes, 1.33 h is not whole.
  const rounded = Math.round(reading);
  if (Math.abs(reading - rounded) > 1e-9) return { ok: false, error: 'not-whole' };
  if (rounded > LIMITS.minutesPerDay) return { ok: false, error: 'too-long' };
  return { ok: true, value: rounded };
}

const NUMBER = String.raw`(\d+(?:[.,]\d+)?)`;

/** The amount of minutes the text names, or null when it is no duration at all. */
function readAmount(text: string, units: DurationUnits): number | null {
  const hour = alternatives(units.hour);
  const minute = alternatives(units.minute);
  const plain = new RegExp(`^${NUMBER}(?: ?(?:${minute}))?$`, 'iu').exec(text);
  if (plain !== null) return decimal(plain[1]);
  const clock = /^(\d+):(\d{2})$/.exec(text);
  if (clock !== null) return hoursAndMinutes(clock[1], clock[2]);
  const spelled = new RegExp(
    `^${NUMBER} ?(?:${hour})(?: ?(\\d+)(?: ?(?:${minute}))?)?$`,
    'iu',
  ).exec(text);
  if (spelled === null) return null;
  if (spelled[2] === undefined) return decimal(spelled[1]) * 60;
  return /^\d+$/.test(spelled[1] ?? '') ? hoursAndMinutes(spelled[1], spelled[2]) : null;
}

function hoursAndMinutes(hours: string | undefined, minutes: string | undefined): number | null {
  const rest = Number(minutes);
  return rest < 60 ? Number(hours) * 60 + rest : null;
}

function decimal(text: string | undefined): number {
  return Number((text ?? '').replace(',', '.'));
}

/** A regular-expression alternation of the unit words, longest first so "min" wins over "m". */
function alternatives(words: readonly string[]): string {
  const escaped = [...words]
    .filter((word) => word !== '')
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // An empty list must match nothing, not everything.
  return escaped.length === 0 ? '(?!)' : escaped.join('|');
}
