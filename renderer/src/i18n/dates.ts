import { format, type Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';

import { type Language, systemLanguage } from '../../../shared/i18n/languages';

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

/** English's names are in the first script; another language's come with its catalogs. */
const LOCALES: Partial<Record<Language, Locale>> = { en: enGB };
const LOADERS: Readonly<Record<Exclude<Language, 'en'>, () => Promise<Locale>>> = {
  kk: () => import('date-fns/locale/kk').then((module) => module.kk),
  ru: () => import('date-fns/locale/ru').then((module) => module.ru),
  nl: () => import('date-fns/locale/nl').then((module) => module.nl),
};

/** Loads a language's month and weekday names; until then its dates are written as English's. */
export async function loadDateLocale(language: Language): Promise<void> {
  if (language === 'en' || LOCALES[language] !== undefined) return;
  LOCALES[language] = await LOADERS[language]();
}

function dateLocaleOf(language: Language): { language: Language; locale: Locale } {
  const locale = LOCALES[language];
  return locale === undefined ? { language: 'en', locale: enGB } : { language, locale };
}

/** The language of a locale tag ("kk-KZ" → kk); one Cotutor does not have is written as English. */
const languageOf = (tag: string): Language => systemLanguage([tag]);

export type DateStyle = Exclude<keyof Patterns, 'rangeStartDay' | 'rangeStartMonth'>;

export function formatIn(date: Date, style: DateStyle, tag: string): string {
  const { language, locale } = dateLocaleOf(languageOf(tag));
  return format(date, PATTERNS[language][style], { locale });
}

/** "11–15 May 2026", across months "28 Sept – 2 Oct 2026", across years both in full. */
export function formatRangeIn(from: Date, to: Date, tag: string): string {
  const { language, locale } = dateLocaleOf(languageOf(tag));
  const patterns = PATTERNS[language];
  const options = { locale };
  const end = format(to, patterns.date, options);
  if (from.getFullYear() !== to.getFullYear())
    return `${format(from, patterns.date, options)} – ${end}`;
  if (from.getMonth() !== to.getMonth())
    return `${format(from, patterns.rangeStartMonth, options)} – ${end}`;
  if (from.getDate() === to.getDate()) return end;
  return `${format(from, patterns.rangeStartDay, options)}–${end}`;
}
