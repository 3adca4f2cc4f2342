import { LIMITS } from '../model/schema';

export type Parsed<E extends string> = { ok: true; value: number } | { ok: false; error: E };

export type ClockError = 'empty' | 'format' | 'range';

const MINUTES_PER_DAY = LIMITS.minutesPerDay;

/** "09:05" for 545; times past midnight wrap, see clockDayOffset for the "+1". */
export function formatClock(minutes: number): string {
  const wrapped = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  const hours = Math.floor(wrapped / 60);
  return `${String(hours).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`;
}

/** How many midnights lie between the day's start and this time (0 for the same day). */
export function clockDayOffset(minutes: number): number {
  return Math.floor(minutes / MINUTES_PER_DAY);
}

/** Reads a time of day as typed: "9:00", "09:00", "9.00", "9h00" or "0900". */
export function parseClock(input: string): Parsed<ClockError> {
  const value = input.trim();
  if (value === '') return { ok: false, error: 'empty' };
  const match = /^(\d{1,2})[:.h](\d{2})$/.exec(value) ?? /^(\d{2})(\d{2})$/.exec(value);
  if (match === null) return { ok: false, error: 'format' };
  const hours = Number(match[1]);
  const mins = Number(match[2]);
  if (hours > 23 || mins > 59) return { ok: false, error: 'range' };
  return { ok: true, value: hours * 60 + mins };
}
