import { format, type Locale } from 'date-fns';
import { enGB, kk, nl, ru } from 'date-fns/locale';

import { type Language, LANGUAGES } from '../../../shared/i18n/languages';

/**
 * Dates and times in the interface's language, written with date-fns and its
 * locales rather than Intl: Chromium's ICU has no Kazakh month or weekday
 * names (Intl writes "M05 11, Mon" for kk), and one way for all four keeps
 * them alike. The patterns follow each language's custom: Kazakh writes month
 * names in full ("дүйсенбі, 11 мамыр"), as its abbreviations are not in use.
 */
type Patterns = {
  /** A day of a program: "Mon 11 May". */
  day: string;
  /** The same with its year: "Mon, 11 May 2026". */
  dayYear: string;
  /** A calendar date: "11 May 2026". */
  date: string;
  /** A moment: "11 May 2026, 14:05". */
  moment: string;
  /** The first day of a range within one month, and within one year: "11" and "28 Sept". */
  rangeStartDay: string;
  rangeStartMonth: string;
};

const PATTERNS: Readonly<Record<Language, Patterns>> = {
  en: {
    day: 'EEE d MMM',
    dayYear: 'EEE, d MMM yyyy',
    date: 'd MMM yyyy',
    moment: 'd MMM yyyy, HH:mm',
    rangeStartDay: 'd',
    rangeStartMonth: 'd MMM',
  },
  ru: {
    day: 'EEEEEE, d MMM',
    dayYear: 'EEEEEE, d MMM yyyy',
    date: 'd MMM yyyy',
    moment: 'd MMM yyyy, HH:mm',
    rangeStartDay: 'd',
    rangeStartMonth: 'd MMM',
  },
  kk: {
    day: 'EEEE, d MMMM',
    dayYear: "EEEE, d MMMM yyyy 'ж.'",
    date: "d MMMM yyyy 'ж.'",
    moment: "d MMMM yyyy 'ж.', HH:mm",
    rangeStartDay: 'd',
    rangeStartMonth: 'd MMMM',
  },
  nl: {
    day: 'EEEEEE d MMM',
    dayYear: 'EEEEEE d MMM yyyy',
    date: 'd MMM yyyy',
    moment: 'd MMM yyyy, HH:mm',
    rangeStartDay: 'd',
    rangeStartMonth: 'd MMM',
  },
};

const LOCALES: Readonly<Record<Language, Locale>> = { en: enGB, kk, ru, nl };

/** The language of a locale tag ("kk-KZ" → kk); one Cotutor does not have is written as English. */
function languageOf(locale: string): Language {
  const primary = locale.toLowerCase().split(/[-_]/, 1)[0] ?? '';
  return (LANGUAGES as readonly string[]).includes(primary) ? (primary as Language) : 'en';
}

export type DateStyle = Exclude<keyof Patterns, 'rangeStartDay' | 'rangeStartMonth'>;

export function formatIn(date: Date, style: DateStyle, locale: string): string {
  const language = languageOf(locale);
  return format(date, PATTERNS[language][style], { locale: LOCALES[language] });
}

/** "11–15 May 2026", across months "28 Sept – 2 Oct 2026", across years both in full. */
export function formatRangeIn(from: Date, to: Date, locale: string): string {
  const language = languageOf(locale);
  const patterns = PATTERNS[language];
  const options = { locale: LOCALES[language] };
  const end = format(to, patterns.date, options);
  if (from.getFullYear() !== to.getFullYear())
    return `${format(from, patterns.date, options)} – ${end}`;
  if (from.getMonth() !== to.getMonth())
    return `${format(from, patterns.rangeStartMonth, options)} – ${end}`;
  if (from.getDate() === to.getDate()) return end;
  return `${format(from, patterns.rangeStartDay, options)}–${end}`;
}
