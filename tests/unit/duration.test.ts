import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

import { durationUnits, durationWords } from '../../renderer/src/i18n/format';
import { I18N_OPTIONS } from '../../renderer/src/i18n/i18n';
import { type DurationUnits, formatDuration, parseDuration } from '../../shared/schedule/duration';

// The English words the interface ships, from its own catalog.
const i18n = i18next.createInstance();
void i18n.init(I18N_OPTIONS);
const words = durationWords(i18n.t);
const units = durationUnits(i18n.t);
const parse = (text: string) => parseDuration(text, units);

describe('writing a duration', () => {
  it('writes minutes, whole hours, and hours with minutes', () => {
    expect(formatDuration(0, words)).toBe('0 min');
    expect(formatDuration(45, words)).toBe('45 min');
    expect(formatDuration(60, words)).toBe('1 h');
    expect(formatDuration(90, words)).toBe('1 h 30 min');
    expect(formatDuration(1440, words)).toBe('24 h');
  });

  it('takes its words from the catalog it is given', () => {
    const russian = {
      minutes: (count: number) => `${count} мин`,
      hours: (count: number) => `${count} ч`,
      hoursMinutes: (hours: number, minutes: number) => `${hours} ч ${minutes} мин`,
    };
    expect(formatDuration(95, russian)).toBe('1 ч 35 мин');
    const russianUnits: DurationUnits = { hour: ['ч'], minute: ['мин'] };
    expect(parseDuration('1 ч 35 мин', russianUnits)).toEqual({ ok: true, value: 95 });
    expect(parseDuration('1 h 35', russianUnits)).toEqual({ ok: false, error: 'format' });
  });

  it('reads back every duration it writes, so a field shows and takes the same text', () => {
    for (let minutes = 0; minutes <= 1440; minutes++) {
      expect(parse(formatDuration(minutes, words))).toEqual({ ok: true, value: minutes });
    }
  });
});

describe('reading a typed duration', () => {
  it('reads minutes, hours and minutes, and hours, however they are spaced', () => {
    const ninety = [
      '90',
      ' 90 ',
      '90 min',
      '90min',
      '90 minutes',
      '90m',
      '1:30',
      '1 h 30',
      '1h30',
      '1 h 30 min',
      '1h 30m',
      '1 hour 30 minutes',
      '1 H 30 MIN',
      '1.5 h',
      '1,5 h',
      '1.5h',
      '1.5 hours',
    ];
    for (const text of ninety) expect(parse(text), text).toEqual({ ok: true, value: 90 });
    expect(parse('2 h')).toEqual({ ok: true, value: 120 });
    expect(parse('0')).toEqual({ ok: true, value: 0 });
    expect(parse('0:05')).toEqual({ ok: true, value: 5 });
    expect(parse('24 h')).toEqual({ ok: true, value: 1440 });
    expect(parse('1440')).toEqual({ ok: true, value: 1440 });
  });

  it('says why it refuses what is no duration, without guessing', () => {
    const refused: [string, string][] = [
      ['', 'empty'],
      ['   ', 'empty'],
      ['ninety', 'format'],
      ['1e3', 'format'],
      ['1:75', 'format'],
      ['1 h 75', 'format'],
      ['1.5 h 30', 'format'],
      ['90 h 30 h', 'format'],
      ['1 d', 'format'],
      ['h', 'format'],
      ['-5', 'negative'],
      ['-1:30', 'negative'],
      ['-1 h', 'negative'],
      ['12.5', 'not-whole'],
      ['12.5 min', 'not-whole'],
      ['1.33 h', 'not-whole'],
      ['1441', 'too-long'],
      ['25:00', 'too-long'],
      ['24 h 1', 'too-long'],
    ];
    for (const [text, error] of refused) expect(parse(text), text).toEqual({ ok: false, error });
  });

  it('reads a decimal only with an hour unit: 1.1 h is 66 minutes', () => {
    expect(parse('1.1 h')).toEqual({ ok: true, value: 66 });
    expect(parse('0.25 h')).toEqual({ ok: true, value: 15 });
  });
});
