import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import comments from '../../../shared/i18n/locales/en/comments.json';
import common from '../../../shared/i18n/locales/en/common.json';
import comparison from '../../../shared/i18n/locales/en/comparison.json';
import errors from '../../../shared/i18n/locales/en/errors.json';
import exchange from '../../../shared/i18n/locales/en/exchange.json';
import exportCatalog from '../../../shared/i18n/locales/en/export.json';
import history from '../../../shared/i18n/locales/en/history.json';
import library from '../../../shared/i18n/locales/en/library.json';
import planner from '../../../shared/i18n/locales/en/planner.json';
import session from '../../../shared/i18n/locales/en/session.json';
import settings from '../../../shared/i18n/locales/en/settings.json';
import sharing from '../../../shared/i18n/locales/en/sharing.json';
import { PSEUDO_LOCALE, pseudoCatalogs } from './pseudo-locale';

/**
 * Every word the interface shows comes from these catalogs, one namespace per
 * feature. English ships now; other languages add a folder beside locales/en.
 */
export const resources = {
  en: {
    common,
    comments,
    errors,
    library,
    settings,
    planner,
    session,
    exchange,
    sharing,
    comparison,
    export: exportCatalog,
    history,
  },
} as const;

/** How every i18next instance here starts: synchronously, English, React escaping the text. */
export const I18N_OPTIONS = {
  lng: 'en',
  fallbackLng: 'en',
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
