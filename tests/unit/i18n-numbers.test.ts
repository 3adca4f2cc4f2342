import { describe, expect, it } from 'vitest';

import { numberLocale } from '../../renderer/src/i18n/numbers';

/** How Chromium's ICU writes a Kazakh number: with the root locale's symbols. */
const chromium = (locale: string, value: number) =>
  new Intl.NumberFormat(locale.startsWith('kk') ? 'und' : locale).format(value);

describe('the locale numbers are written in', () => {
  it('writes Kazakh numbers with Kazakh symbols where the runtime has none of its own', () => {
    const locale = numberLocale('kk-KZ', chromium);
    expect(new Intl.NumberFormat(locale).format(5000.5)).toBe('5\u00a0000,5');
  });

  it('keeps the locale where the runtime knows its symbols', () => {
    expect(numberLocale('kk-KZ', (tag, value) => new Intl.NumberFormat(tag).format(value))).toBe(
      new Intl.NumberFormat('kk-KZ').format(1234.5) === '1,234.5' ? 'ru' : 'kk-KZ',
    );
    expect(numberLocale('nl-NL', chromium)).toBe('nl-NL');
    expect(numberLocale('en-GB', chromium)).toBe('en-GB');
    expect(new Intl.NumberFormat(numberLocale('nl-NL', chromium)).format(5000.5)).toBe('5.000,5');
  });
});
