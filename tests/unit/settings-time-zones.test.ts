import { describe, expect, it } from 'vitest';

import {
  timeZoneChoices,
  timeZoneLabel,
  utcOffsetOf,
} from '../../renderer/src/features/settings/time-zones';

describe('venue time zone choices', () => {
  it('puts the zones of Kazakhstan and the Netherlands first, the rest sorted', () => {
    const supported = [
      'Europe/Berlin',
      'Asia/Almaty',
      'Africa/Abidjan',
      'Europe/Amsterdam',
      'Asia/Aqtobe',
    ];
    expect(timeZoneChoices(supported, 'Asia/Almaty')).toEqual({
      likely: ['Asia/Almaty', 'Asia/Aqtobe', 'Europe/Amsterdam'],
      others: ['Africa/Abidjan', 'Europe/Berlin'],
    });
  });

  it('offers Asia/Qostanay only where the runtime knows it', () => {
    const choices = timeZoneChoices(['Asia/Almaty', 'Asia/Qostanay'], 'Asia/Almaty');
    expect(choices.likely).toEqual(['Asia/Almaty', 'Asia/Qostanay']);
  });

  it("always offers the program's current zone, so showing the form changes nothing", () => {
    const choices = timeZoneChoices(['Asia/Almaty', 'Europe/Amsterdam'], 'UTC');
    expect(choices.likely[0]).toBe('UTC');
    expect(timeZoneChoices(['Asia/Almaty'], 'Europe/Berlin').likely).toContain('Europe/Berlin');
  });

  it('lists every supported zone exactly once', () => {
    const supported = Intl.supportedValuesOf('timeZone');
    const { likely, others } = timeZoneChoices(supported, 'Asia/Almaty');
    expect([...likely, ...others].sort()).toEqual([...supported].sort());
  });
});

describe('UTC offsets', () => {
  const winter = new Date(Date.UTC(2026, 0, 12, 12));
  const summer = new Date(Date.UTC(2026, 6, 13, 12));

  it('writes offsets as UTC±h, following daylight saving time', () => {
    expect(utcOffsetOf('Europe/Amsterdam', winter)).toBe('UTC+1');
    expect(utcOffsetOf('Europe/Amsterdam', summer)).toBe('UTC+2');
    expect(utcOffsetOf('Asia/Kathmandu', winter)).toBe('UTC+5:45');
    expect(utcOffsetOf('Africa/Abidjan', winter)).toBe('UTC');
  });

  it('labels a zone with its offset, and an unknown zone with its name only', () => {
    expect(timeZoneLabel('Europe/Amsterdam', winter)).toBe('Europe/Amsterdam (UTC+1)');
    expect(timeZoneLabel('Not/AZone', winter)).toBe('Not/AZone');
    expect(timeZoneLabel('UTC', winter)).toBe('UTC');
  });
});
