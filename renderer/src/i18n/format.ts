import type { TFunction } from 'i18next';

/**
 * The locale dates are written in. The English interface writes them the way its
 * users (in the Netherlands and Kazakhstan) read them: day before month.
 */
export function dateLocale(language: string): string {
  return language === 'en' ? 'en-GB' : language;
}

/** "Mon 11 May 2026" in the interface language, from an ISO date. */
export function formatDate(isoDate: string, language: string, options?: Intl.DateTimeFormatOptions): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  if (year === undefined || month === undefined || day === undefined) return isoDate;
  // Noon UTC keeps the calendar day the same in every time zone.
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  return new Intl.DateTimeFormat(dateLocale(language), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
    ...options,
  }).format(date);
}

/** "45 min" or "5 h 30 min". */
export function formatMinutes(t: TFunction, minutes: number): string {
  if (minutes < 60) return t('time.minutes', { count: minutes });
  return t('time.hoursMinutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}
