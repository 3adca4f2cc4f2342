import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import { FALLBACKS, type Language } from '../../../shared/i18n/languages';
import { catalogs as english } from '../../../shared/i18n/locales/en/catalogs';
import { PSEUDO_LOCALE, pseudoCatalogs } from './pseudo-locale';

/**
 * Every word the interface shows comes from these catalogs, one namespace per
 * feature. English is in the first script, complete by definition: every other
 * language is loaded when chosen (languages.ts), and a string missing there
 * falls back along FALLBACKS (Kazakh to Russian, then English).
 */
export const resources = { en: english } as const;

/** How every i18next instance here starts: synchronously, English, React escaping the text. */
export const I18N_OPTIONS = {
  lng: 'en',
  fallbackLng: { ...FALLBACKS, default: ['en'] } as Record<Language | 'default', Language[]>,
  defaultNS: 'common',
  ns: Object.keys(resources.en),
  resources,
  interpolation: { escapeValue: false },
  initAsync: false,
} as const;

/**
 * Starts the interface's i18next in English, or in the test pseudo-locale
 * (pseudo-locale.ts) when that is the language asked for.
 */
export function initI18n(language?: string): typeof i18next {
  const options =
    language === PSEUDO_LOCALE
      ? {
          ...I18N_OPTIONS,
          lng: PSEUDO_LOCALE,
          resources: { ...resources, [PSEUDO_LOCALE]: pseudoCatalogs(resources.en) },
        }
      : I18N_OPTIONS;
  void i18next.use(initReactI18next).init(options);
  return i18next;
}
