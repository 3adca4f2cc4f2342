import { describe, expect, it } from 'vitest';

import {
  parseDayCount,
  parseParticipants,
  parseStartDate,
} from '../../renderer/src/features/settings/field-rules';

describe('expected participants', () => {
  it('reads empty as not known yet', () => {
    expect(parseParticipants('')).toEqual({ ok: true, value: null });
    expect(parseParticipants('   ')).toEqual({ ok: true, value: null });
  });

  it('reads whole numbers from 1 to 10000, spaces around them ignored', () => {
    expect(parseParticipants('1')).toEqual({ ok: true, value: 1 });
    expect(parseParticipants(' 140 ')).toEqual({ ok: true, value: 140 });
    expect(parseParticipants('10000')).toEqual({ ok: true, value: 10000 });
  });

  it('refuses anything that is not a plain whole number', () => {
    for (const text of ['25.5', '25.0', '-4', '1e3', 'twenty', '2 5', '+5', '٢٥', '0x10']) {
      expect(parseParticipants(text)).toEqual({ ok: false, error: 'notWhole' });
    }
  });

  it('refuses numbers outside 1 to 10000', () => {
    expect(parseParticipants('0')).toEqual({ ok: false, error: 'range' });
    expect(parseParticipants('10001')).toEqual({ ok: false, error: 'range' });
    expect(parseParticipants('99999999999999999999999')).toEqual({ ok: false, error: 'range' });
  });
});

describe('number of days', () => {
  it('reads 1 to 14', () => {
    expect(parseDayCount('1')).toEqual({ ok: true, value: 1 });
    expect(parseDayCount('14')).toEqual({ ok: true, value: 14 });
  });

  it('refuses empty, fractional and out-of-range counts', () => {
    expect(parseDayCount('')).toEqual({ ok: false, error: 'empty' });
    expect(parseDayCount('3.5')).toEqual({ ok: false, error: 'notWhole' });
    expect(parseDayCount('1e1')).toEqual({ ok: false, error: 'notWhole' });
    expect(parseDayCount('0')).toEqual({ ok: false, error: 'range' });
    expect(parseDayCount('15')).toEqual({ ok: false, error: 'range' });
  });
});

describe('first day', () => {
  it('reads a real calendar date', () => {
    expect(parseStartDate('2026-05-11')).toEqual({ ok: true, value: '2026-05-11' });
    expect(parseStartDate('2028-02-29')).toEqual({ ok: true, value: '2028-02-29' });
  });

  it('refuses impossible or incomplete dates', () => {
    expect(parseStartDate('')).toEqual({ ok: false, error: 'empty' });
    expect(parseStartDate('2026-02-30')).toEqual({ ok: false, error: 'invalid' });
    expect(parseStartDate('2027-02-29')).toEqual({ ok: false, error: 'invalid' });
    expect(parseStartDate('11/05/2026')).toEqual({ ok: false, error: 'invalid' });
  });

  it('refuses half-typed years such as 0026', () => {
    expect(parseStartDate('0026-05-11')).toEqual({ ok: false, error: 'range' });
    expect(parseStartDate('2202-05-11')).toEqual({ ok: false, error: 'range' });
  });
});
