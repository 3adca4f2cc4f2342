/**
 * The locale numbers are written in. Chromium's ICU lists Kazakh as supported
 * but carries none of its number symbols, so `Intl.NumberFormat('kk-KZ')`
 * writes 5,000.5 as English does; Kazakh writes it 5 000,5, with the same
 * symbols as Russian (a comma for the decimal, a no-break space between
 * thousands). Where the runtime writes a locale's numbers with the root
 * symbols although the locale's own differ, Russian's stand in.
 */
const SAME_SYMBOLS_AS: Readonly<Record<string, string>> = { kk: 'ru' };

const ROOT_STYLE = '1,234.5';

export function numberLocale(
  locale: string,
  format: (locale: string, value: number) => string = (tag, value) =>
    new Intl.NumberFormat(tag).format(value),
): string {
  const language = locale.split('-')[0] ?? locale;
  const stand = SAME_SYMBOLS_AS[language];
  if (stand === undefined) return locale;
  return format(locale, 1234.5) === ROOT_STYLE ? stand : locale;
}
