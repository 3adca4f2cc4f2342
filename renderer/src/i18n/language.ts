import i18next from 'i18next';

import { FALLBACKS, type Language, LANGUAGES } from '../../../shared/i18n/languages';
import { loadDateLocale } from './dates';

type Catalogs = Readonly<Record<string, object>>;

/** One script per language, fetched when it is first shown: a first start carries English only. */
const LOADERS: Readonly<Record<Exclude<Language, 'en'>, () => Promise<Catalogs>>> = {
  kk: () => import('../../../shared/i18n/locales/kk/catalogs').then((module) => module.catalogs),
  ru: () => import('../../../shared/i18n/locales/ru/catalogs').then((module) => module.catalogs),
  nl: () => import('../../../shared/i18n/locales/nl/catalogs').then((module) => module.catalogs),
};

/** The language last shown, so the next start shows it from its first frame. */
const STORAGE_KEY = 'cotutor.language';

const loaded = new Set<Language>(['en']);

async function load(language: Language): Promise<void> {
  if (language === 'en' || loaded.has(language)) return;
  const [catalogs] = await Promise.all([LOADERS[language](), loadDateLocale(language)]);
  for (const [namespace, catalog] of Object.entries(catalogs)) {
    i18next.addResourceBundle(language, namespace, catalog, true, true);
  }
  loaded.add(language);
}

/**
 * Loads the catalogs and date names of `language` and of those it falls back
 * on, without showing it: an export can then be worded in it (getFixedT) while
 * the interface stays in its own language.
 */
export async function loadLanguage(language: Language): Promise<void> {
  await Promise.all([language, ...FALLBACKS[language]].map(load));
}

let latest = 0;

/**
 * Shows the interface in `language` at once, without a restart: its catalogs
 * and those it falls back on are loaded first, so no screen shows a key or
 * flickers through English; then every component re-renders (react-i18next
 * listens to languageChanged), and <html lang> follows for screen readers,
 * hyphenation and spell checking. Of two quick changes, the later one wins.
 */
export async function showLanguage(language: Language): Promise<void> {
  const call = ++latest;
  await loadLanguage(language);
  if (call !== latest) return;
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
  try {
    localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Storage may be unavailable (a private window): the next start begins in English.
  }
}

/** The language shown when the app last ran here, if it is one Cotutor has. */
export function lastShownLanguage(): Language {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // As above.
  }
  return (LANGUAGES as readonly (string | null)[]).includes(stored) ? (stored as Language) : 'en';
}
