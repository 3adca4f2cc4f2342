import { LIMITS } from '../model/schema';

/**
 * The week's times are wall-clock times at the venue, in the program's IANA time
 * zone; a co-tutor abroad also sees them in their home zone. The zone rules come
 * from the runtime's own time zone database (Intl), so summer time follows
 * whatever that database says for the date, never a table of our own.
 */

const MINUTE_MS = 60_000;
const DAY = LIMITS.minutesPerDay;

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The formatter for a zone, or null when the runtime does not know the zone. */
function wallClockOf(zone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
      });
    } catch {
      return null;
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Whether the runtime accepts a zone name (an IANA zone or an alias such as "UTC"). */
export function isTimeZone(zone: string): boolean {
  return zone !== '' && wallClockOf(zone) !== null;
}

/** Minutes the zone is ahead of UTC at a moment (300 for Asia/Almaty); null for an unknown zone. */
export function offsetMinutes(zone: string, at: number): number | null {
  const formatter = wallClockOf(zone);
  if (formatter === null) return null;
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(formatter.formatToParts(at).find((entry) => entry.type === type)?.value);
  const wall = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'));
  // Seconds are not part of any zone's offset since 1972; the moment's own are dropped.
  return Math.round((wall - Math.floor(at / MINUTE_MS) * MINUTE_MS) / MINUTE_MS);
}

/**
 * The moment of a wall-clock time in a zone: `minutes` after midnight of the ISO
 * date `date` (past 1440 for a day running past midnight). A time that a change to
 * summer time skips is read with the offset before the change, as clocks do.
 */
export function momentOf(date: string, minutes: number, zone: string): number | null {
  const [year, month, day] = date.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return null;
  const asUtc = Date.UTC(year, month - 1, day) + minutes * MINUTE_MS;
  if (Number.isNaN(asUtc)) return null;
  // The zone's offsets either side of that wall time: a change of offset lies
  // between them, if any does.
  const around = [asUtc - DAY * MINUTE_MS, asUtc + DAY * MINUTE_MS].map((at) =>
    offsetMinutes(zone, at),
  );
  const before = around[0];
  if (before === null || before === undefined) return null;
  const candidates = [...new Set(around)].flatMap((offset) =>
    offset === null ? [] : [asUtc - offset * MINUTE_MS],
  );
  const valid = candidates.filter((at) => offsetMinutes(zone, at) === (asUtc - at) / MINUTE_MS);
  // Twice (when clocks go back): the first time. Skipped (when they go forward): the
  // offset before the change, so 02:30 reads as 03:30, as clocks do.
  return valid.length > 0 ? Math.min(...valid) : asUtc - before * MINUTE_MS;
}

/**
 * A venue time as the clock at home reads it: minutes after the venue day's
 * midnight, so that -60 is 23:00 the day before and 1500 is 01:00 the day after
 * (formatClock and clockDayOffset write both). Null when the home clock reads the
 * same as the venue's, or when a zone is unknown: then there is no second time.
 */
export function homeClock(
  date: string,
  minutes: number,
  zones: { venue: string; home: string },
): number | null {
  const at = momentOf(date, minutes, zones.venue);
  if (at === null) return null;
  const venue = offsetMinutes(zones.venue, at);
  const home = offsetMinutes(zones.home, at);
  if (venue === null || home === null || venue === home) return null;
  return minutes + home - venue;
}

/** How many days the home clock is ahead of the venue day (-1 for the evening before). */
export function homeDayShift(homeMinutes: number): number {
  return Math.floor(homeMinutes / DAY);
}

/** "UTC+5", "UTC+5:30", "UTC-3:30" or "UTC" for an offset in minutes. */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `UTC${sign}${hours}${rest === 0 ? '' : `:${String(rest).padStart(2, '0')}`}`;
}

/** The zones' offsets on one program day, taken at the day's start at the venue. */
export type DayOffsets = { date: string; venue: number; home: number };

/** Each day's offsets, for the statement of both zones above the week. */
export function dayOffsets(
  days: readonly { date: string; startMin: number }[],
  zones: { venue: string; home: string },
): DayOffsets[] {
  return days.flatMap(({ date, startMin }) => {
    const at = momentOf(date, startMin, zones.venue);
    if (at === null) return [];
    const venue = offsetMinutes(zones.venue, at);
    const home = offsetMinutes(zones.home, at);
    return venue === null || home === null ? [] : [{ date, venue, home }];
  });
}

/**
 * The offsets a zone has over the week, each from the first day it holds:
 * [{ offset: 60, from: '2027-03-25' }, { offset: 120, from: '2027-03-28' }].
 */
export function offsetChanges(
  days: readonly DayOffsets[],
  side: 'venue' | 'home',
): { offset: number; from: string }[] {
  const changes: { offset: number; from: string }[] = [];
  for (const day of days) {
    if (changes.at(-1)?.offset !== day[side]) changes.push({ offset: day[side], from: day.date });
  }
  return changes;
}
