import { beforeAll, describe, expect, it } from 'vitest';

import { loadDateLocale } from '../../renderer/src/i18n/dates';
import {
  formatCalendarDate,
  formatDate,
  formatDateRange,
  formatMoment,
} from '../../renderer/src/i18n/format';

/** Written with date-fns's locales: Chromium's Intl has no Kazakh names ("M05 11, Mon"). */
describe('dates in the interface’s language', () => {
  const moment = new Date(2026, 4, 11, 14, 5).getTime();
  beforeAll(async () => {
    for (const language of ['kk', 'ru', 'nl'] as const) await loadDateLocale(language);
  });

  it('writes a day of the program as each language does', () => {
    expect(formatDate('2026-05-11', 'en-GB')).toBe('Mon 11 May');
    expect(formatDate('2026-05-11', 'ru')).toBe('пн, 11 мая');
    expect(formatDate('2026-05-11', 'kk-KZ')).toBe('дүйсенбі, 11 мамыр');
    expect(formatDate('2026-05-11', 'nl-NL')).toBe('ma 11 mei');
    expect(formatDate('2026-05-11', 'en-GB', { withYear: true })).toBe('Mon, 11 May 2026');
    expect(formatDate('2026-05-11', 'kk', { withYear: true })).toBe('дүйсенбі, 11 мамыр 2026 ж.');
  });

  it('writes ranges within a month, across months and across years', () => {
    expect(formatDateRange('2026-05-11', '2026-05-15', 'en-GB')).toBe('11–15 May 2026');
    expect(formatDateRange('2026-05-11', '2026-05-15', 'ru')).toBe('11–15 мая 2026');
    expect(formatDateRange('2026-09-28', '2026-10-02', 'nl-NL')).toBe('28 sep. – 2 okt. 2026');
    expect(formatDateRange('2026-12-30', '2027-01-03', 'en-GB')).toBe('30 Dec 2026 – 3 Jan 2027');
    expect(formatDateRange('2026-05-11', '2026-05-11', 'kk-KZ')).toBe('11 мамыр 2026 ж.');
  });

  it('writes moments and calendar dates, and an unknown language as English', () => {
    expect(formatMoment(moment, 'en-GB')).toBe('11 May 2026, 14:05');
    expect(formatMoment(moment, 'ru')).toBe('11 мая 2026, 14:05');
    expect(formatCalendarDate(moment, 'kk-KZ')).toBe('11 мамыр 2026 ж.');
    expect(formatCalendarDate(moment, 'de-DE')).toBe('11 May 2026');
    expect(formatDate('not a date', 'en-GB')).toBe('not a date');
  });
});
