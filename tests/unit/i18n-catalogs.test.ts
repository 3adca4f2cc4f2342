import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

import { I18N_OPTIONS } from '../../renderer/src/i18n/i18n';
import {
  FALLBACKS,
  interfaceLanguage,
  LANGUAGES,
  systemLanguage,
} from '../../shared/i18n/languages';

const LOCALES = resolve(import.meta.dirname, '../../shared/i18n/locales');
type Catalog = { [key: string]: string | Catalog };
const PLURAL = /_(zero|one|two|few|many|other)$/;

function flatten(catalog: Catalog, prefix = '', into = new Map<string, string>()) {
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix === '' ? key : `${prefix}.${key}`;
    if (typeof value === 'string') into.set(path, value);
    else flatten(value, path, into);
  }
  return into;
}

const read = (language: string, file: string) =>
  flatten(JSON.parse(readFileSync(join(LOCALES, language, file), 'utf8')) as Catalog);
const variables = (text: string) =>
  [...text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)]
    .map((match) => match[1])
    .filter((name) => name !== 'count')
    .sort();
const files = readdirSync(join(LOCALES, 'en')).filter((file) => file.endsWith('.json'));

/** The keys a language must have for an English key: one per plural category of the language. */
function keysFor(english: Map<string, string>, key: string, language: string): string[] {
  const base = PLURAL.test(key)
    ? key.replace(PLURAL, '')
    : english.has(`${key}_other`)
      ? key
      : null;
  if (base === null) return [key];
  return new Intl.PluralRules(language)
    .resolvedOptions()
    .pluralCategories.map((form) => `${base}_${form}`);
}

describe.each(LANGUAGES.filter((language) => language !== 'en'))('the %s catalogs', (language) => {
  it.each(files)(
    '%s has every string of English, in each plural form, with its variables',
    (file) => {
      const english = read('en', file);
      const translated = read(language, file);
      const expected = new Set(
        [...english.keys()].flatMap((key) => keysFor(english, key, language)),
      );
      const problems: string[] = [];
      for (const key of expected) {
        const text = translated.get(key);
        const source =
          english.get(key) ??
          english.get(key.replace(PLURAL, '_other')) ??
          english.get(key.replace(PLURAL, '')) ??
          '';
        if (text === undefined || text.trim() === '') problems.push(`missing ${key}`);
        else if (variables(text).join() !== variables(source).join())
          problems.push(
            `${key}: {{${variables(text).join()}}} where English has {{${variables(source).join()}}}`,
          );
      }
      for (const key of translated.keys())
        if (!expected.has(key)) problems.push(`not in English: ${key}`);
      expect(problems).toEqual([]);
    },
  );
});

describe('choosing the language', () => {
  it('takes the first system language Cotutor has, by its primary subtag, else English', () => {
    expect(systemLanguage(['de-DE', 'ru-KZ', 'en-GB'])).toBe('ru');
    expect(systemLanguage(['kk-KZ'])).toBe('kk');
    expect(systemLanguage(['nl_BE'])).toBe('nl');
    expect(systemLanguage(['de', 'fr'])).toBe('en');
    expect(systemLanguage([])).toBe('en');
    expect(interfaceLanguage('system', ['nl-NL'])).toBe('nl');
    expect(interfaceLanguage('kk', ['nl-NL'])).toBe('kk');
    expect(interfaceLanguage(undefined, [])).toBe('en');
  });

  it('falls back from Kazakh to Russian, then English, for a string not yet translated', async () => {
    expect(FALLBACKS.kk).toEqual(['ru', 'en']);
    const i18n = i18next.createInstance();
    await i18n.init({
      ...I18N_OPTIONS,
      lng: 'kk',
      resources: {
        en: { common: { onlyEnglish: 'Only in English', both: 'English' } },
        ru: { common: { onlyEnglish: 'Только по-русски', both: 'Русский' } },
        kk: { common: { both: 'Қазақша' } },
      },
    });
    expect(i18n.t('both')).toBe('Қазақша');
    expect(i18n.t('onlyEnglish')).toBe('Только по-русски');
    await i18n.changeLanguage('nl');
    expect(i18n.t('onlyEnglish')).toBe('Only in English');
  });
});
