import type { TFunction } from 'i18next';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { dayDate } from '../../../shared/schedule/dates';
import {
  type DurationUnits,
  type DurationWords,
  formatDuration,
} from '../../../shared/schedule/duration';
import { formatIn, formatRangeIn } from './dates';
import { numberLocale } from './numbers';

/**
 * The locale dates and numbers are written in, named by the catalog: the English
 * interface writes them the way its users, in the Netherlands and Kazakhstan,
 * read them (day before month).
 */
export function useFormatLocale(): string {
  const { t } = useTranslation('common');
  return t('formatLocale');
}

/** "Mon 11 May", or with its year "Mon, 11 May 2026", from an ISO date. */
export function formatDate(
  isoDate: string,
  locale: string,
  { withYear = false }: { withYear?: boolean } = {},
): string {
  const date = localNoon(isoDate);
  if (date === null) return isoDate;
  return formatIn(date, withYear ? 'dayYear' : 'day', locale);
}

/** "11–15 May 2026", or across months "28 Sep – 2 Oct 2026". */
export function formatDateRange(fromIso: string, toIso: string, locale: string): string {
  const from = localNoon(fromIso);
  const to = localNoon(toIso);
  if (from === null || to === null) return `${fromIso} – ${toIso}`;
  return formatRangeIn(from, to, locale);
}

/** "11 May 2026, 14:05": a moment in the reader's time zone (when a comment was written, a version kept). */
export function formatMoment(ms: number, locale: string): string {
  return formatIn(new Date(ms), 'moment', locale);
}

/** "11 May 2026": the calendar date of a moment, in the reader's time zone. */
export function formatCalendarDate(ms: number, locale: string): string {
  return formatIn(new Date(ms), 'date', locale);
}

function localNoon(isoDate: string): Date | null {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return null;
  // A calendar day, written in the reader's time zone: noon never crosses into another day.
  const date = new Date(year, month - 1, day, 12);
  return Number.isNaN(date.getTime()) ? null : date;
}

/** The date of each day of a program ("Mon 11 May"). */
export function useDayDate(startDate: string): (index: number) => string {
  const locale = useFormatLocale();
  return useCallback(
    (index: number) => formatDate(dayDate(startDate, index), locale),
    [locale, startDate],
  );
}

/** The words durations are written with, from the catalog ('common'). */
export function durationWords(t: TFunction): DurationWords {
  return {
    minutes: (count) => t('time.minutes', { ns: 'common', count }),
    hours: (count) => t('time.hours', { ns: 'common', count }),
    hoursMinutes: (hours, minutes) => t('time.hoursMinutes', { ns: 'common', hours, minutes }),
  };
}

/** The unit words a typed duration may carry, from the catalog; they include those durationWords writes. */
export function durationUnits(t: TFunction): DurationUnits {
  const words = (key: 'time.hourUnits' | 'time.minuteUnits') => t(key, { ns: 'common' }).split(' ');
  return { hour: words('time.hourUnits'), minute: words('time.minuteUnits') };
}

/** Durations already written, per language's `t`: a view writes the same few hundred again and again. */
const writtenDurations = new WeakMap<TFunction, Map<number, string>>();

/** "45 min", "2 h", "5 h 30 min": the one way the interface writes a duration. */
export function useFormatMinutes(): (minutes: number) => string {
  const { t } = useTranslation('common');
  return useCallback(
    (minutes: number) => {
      let written = writtenDurations.get(t);
      if (written === undefined) {
        written = new Map();
        writtenDurations.set(t, written);
      }
      let text = written.get(minutes);
      if (text === undefined) {
        text = formatDuration(minutes, durationWords(t));
        written.set(minutes, text);
      }
      return text;
    },
    [t],
  );
}

/** A percentage in the interface's number format. */
export function usePercentFormat(): Intl.NumberFormat {
  const locale = useFormatLocale();
  return useMemo(
    () =>
      new Intl.NumberFormat(numberLocale(locale), { style: 'percent', maximumFractionDigits: 0 }),
    [locale],
  );
}

/** "5 000" in Kazakh and Russian, "5.000" in Dutch, "5,000" in English. */
export function useFormatNumber(): (value: number) => string {
  const locale = useFormatLocale();
  return useMemo(() => {
    const format = new Intl.NumberFormat(numberLocale(locale));
    return (value: number) => format.format(value);
  }, [locale]);
}
