import { describe, expect, it } from 'vitest';

import { formatClock } from '../../shared/schedule/time';
import {
  dayOffsets,
  formatOffset,
  homeClock,
  homeDayShift,
  isTimeZone,
  momentOf,
  offsetChanges,
  offsetMinutes,
} from '../../shared/schedule/zones';

const ALMATY_AMSTERDAM = { venue: 'Asia/Almaty', home: 'Europe/Amsterdam' };
const NINE = 9 * 60;

/** The home clock of a venue time as the planner writes it, or null when there is none. */
const atHome = (date: string, minutes: number, zones = ALMATY_AMSTERDAM) => {
  const home = homeClock(date, minutes, zones);
  return home === null ? null : formatClock(home);
};

describe('venue and home times across the Dutch change to summer time (28 March 2027)', () => {
  it('reads a 09:00 session in Almaty as 05:00 in Amsterdam on Friday and 06:00 on Monday', () => {
    expect(atHome('2027-03-26', NINE)).toBe('05:00');
    expect(atHome('2027-03-29', NINE)).toBe('06:00');
  });

  it('takes each day of the week at its own offset, the change falling on the Sunday', () => {
    const week = ['2027-03-25', '2027-03-26', '2027-03-27', '2027-03-28', '2027-03-29'];
    expect(week.map((date) => atHome(date, NINE))).toEqual([
      '05:00',
      '05:00',
      '05:00',
      // 09:00 in Almaty is 04:00 UTC, after the clocks went forward at 01:00 UTC.
      '06:00',
      '06:00',
    ]);
    const offsets = dayOffsets(
      week.map((date) => ({ date, startMin: NINE })),
      ALMATY_AMSTERDAM,
    );
    expect(offsetChanges(offsets, 'venue')).toEqual([{ offset: 300, from: '2027-03-25' }]);
    expect(offsetChanges(offsets, 'home')).toEqual([
      { offset: 60, from: '2027-03-25' },
      { offset: 120, from: '2027-03-28' },
    ]);
  });

  it('puts an early venue time on the evening before at home', () => {
    const home = homeClock('2027-03-26', 3 * 60, ALMATY_AMSTERDAM);
    expect(home).toBe(-60);
    expect(formatClock(home ?? 0)).toBe('23:00');
    expect(homeDayShift(home ?? 0)).toBe(-1);
    expect(homeDayShift(homeClock('2027-03-26', NINE, ALMATY_AMSTERDAM) ?? 0)).toBe(0);
  });
});

describe('when there is no second time', () => {
  it('shows none when home is the venue, or a zone at the same offset that day', () => {
    expect(atHome('2027-03-26', NINE, { venue: 'Asia/Almaty', home: 'Asia/Almaty' })).toBeNull();
    expect(
      atHome('2027-03-26', NINE, { venue: 'Europe/Amsterdam', home: 'Europe/Berlin' }),
    ).toBeNull();
  });

  it('shows none for a zone the runtime does not know', () => {
    expect(isTimeZone('Not/AZone')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone('Asia/Kolkata')).toBe(true);
    expect(atHome('2027-03-26', NINE, { venue: 'Asia/Almaty', home: 'Not/AZone' })).toBeNull();
  });
});

describe('zones with offsets that are not whole hours', () => {
  it('reads 09:00 in Almaty as 09:30 in Kolkata (UTC+5:30) and 09:45 in Kathmandu', () => {
    expect(atHome('2027-03-26', NINE, { venue: 'Asia/Almaty', home: 'Asia/Kolkata' })).toBe(
      '09:30',
    );
    expect(atHome('2027-03-26', NINE, { venue: 'Asia/Almaty', home: 'Asia/Kathmandu' })).toBe(
      '09:45',
    );
    expect(formatOffset(offsetMinutes('Asia/Kolkata', Date.UTC(2027, 2, 26)) ?? 0)).toBe(
      'UTC+5:30',
    );
    expect(formatOffset(-210)).toBe('UTC-3:30');
    expect(formatOffset(300)).toBe('UTC+5');
    expect(formatOffset(0)).toBe('UTC');
  });
});

describe('the moment of a wall-clock time', () => {
  it('reads a time the clocks skip with the offset before the change', () => {
    // 02:30 does not exist in Amsterdam on 28 March 2027; clocks read it as 03:30 (01:30 UTC).
    expect(momentOf('2027-03-28', 150, 'Europe/Amsterdam')).toBe(Date.UTC(2027, 2, 28, 1, 30));
  });

  it('reads a time the clocks show twice as its first occurrence', () => {
    // 02:30 comes twice in Amsterdam on 31 October 2027: first at UTC+2.
    expect(momentOf('2027-10-31', 150, 'Europe/Amsterdam')).toBe(Date.UTC(2027, 9, 31, 0, 30));
  });

  it('counts a time past midnight on the next day', () => {
    expect(momentOf('2027-03-26', 24 * 60 + 30, 'Asia/Almaty')).toBe(Date.UTC(2027, 2, 26, 19, 30));
  });
});
