import { LIMITS } from '../../../../shared/model/schema';
import { isIsoDate } from '../../../../shared/schedule/dates';

/**
 * How the program settings read what is typed. Each returns the value or the
 * reason it is refused (a message key in the 'settings' namespace), so the form
 * can explain and change nothing.
 */
export type FieldRule<T, E extends string> = { ok: true; value: T } | { ok: false; error: E };

export type ParticipantsError = 'notWhole' | 'range';

/** Expected participants: empty (not known yet) or a whole number from 1 to 10 000. */
export function parseParticipants(input: string): FieldRule<number | null, ParticipantsError> {
  const text = input.trim();
  if (text === '') return { ok: true, value: null };
  // Only ASCII digits: "1e3", "25.0", "-4" or "twenty" are refused, not guessed at.
  if (!/^\d+$/.test(text)) return { ok: false, error: 'notWhole' };
  const value = Number(text);
  if (value < 1 || value > LIMITS.maxParticipants) return { ok: false, error: 'range' };
  return { ok: true, value };
}

export type DayCountError = 'empty' | 'notWhole' | 'range';

/** Number of days: a whole number from 1 to LIMITS.maxDays. */
export function parseDayCount(input: string): FieldRule<number, DayCountError> {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'empty' };
  if (!/^\d+$/.test(text)) return { ok: false, error: 'notWhole' };
  const value = Number(text);
  if (value < 1 || value > LIMITS.maxDays) return { ok: false, error: 'range' };
  return { ok: true, value };
}

export type StartDateError = 'empty' | 'invalid' | 'range';

export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

/**
 * The first day, as a date input gives it (yyyy-MM-dd, or '' while incomplete).
 * Years outside a planning range are refused because they are nearly always a
 * half-typed year ("0026") rather than a real week.
 */
export function parseStartDate(input: string): FieldRule<string, StartDateError> {
  const text = input.trim();
  if (text === '') return { ok: false, error: 'empty' };
  if (!isIsoDate(text)) return { ok: false, error: 'invalid' };
  const year = Number(text.slice(0, 4));
  if (year < FIRST_YEAR || year > LAST_YEAR) return { ok: false, error: 'range' };
  return { ok: true, value: text };
}
