import type { TFunction } from 'i18next';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { dayDate } from '../../../shared/schedule/dates';
import {
  type DurationUnits,
  type DurationWords,
  formatDuration,
} from '../../../shared/schedule/duration';

/**
 * The locale dates and numbers are written in, named by the catalog: the English
 * interface writes them the way its users, in the Netherlands and Kazakhstan,
 * read them (day before month).
 */
export function useFormatLocale(): string {
  const { t } = useTranslation('common');
  return t('formatLocale');
}

/** "Mon 11 May" (or with the options given), from an ISO date. */
export function formatDate(
  isoDate: string,
  locale: string,
  options?: Intl.DateTimeFormatOptions,
): string {
  const date = utcNoon(isoDate);
  if (date === null) return isoDate;
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
    ...options,
  }).format(date);
}

/** "11–15 May 2026", or across months "28 Sept – 2 Oct 2026". */
export function formatDateRange(fromIso: string, toIso: string, locale: string): string {
  const from = utcNoon(fromIso);
  const to = utcNoon(toIso);
  if (from === null || to === null) return `${fromIso} – ${toIso}`;
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return format.formatRange(from, to);
}

/** "Mon 11 May 2026, 14:05": a moment in the reader's time zone, as exports print when a comment was written. */
export function formatMoment(ms: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  }).format(new Date(ms));
}

function utcNoon(isoDate: string): Date | null {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return null;
  // Noon UTC keeps the calendar day the same in every time zone.
  const date = new Date(Date.UTC(year, month - 1, day, 12));
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

/** "45 min", "2 h", "5 h 30 min": the one way the interface writes a duration. */
export function useFormatMinutes(): (minutes: number) => string {
  const { t } = useTranslation('common');
  return useCallback((minutes: number) => formatDuration(minutes, durationWords(t)), [t]);
}

/** A percentage in the interface's number format. */
export function usePercentFormat(): Intl.NumberFormat {
  const locale = useFormatLocale();
  return useMemo(
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }),
    [locale],
  );
}
