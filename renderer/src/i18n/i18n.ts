import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';

import common from './locales/en/common.json';
import errors from './locales/en/errors.json';
import exchange from './locales/en/exchange.json';
import exportCatalog from './locales/en/export.json';
import library from './locales/en/library.json';
import planner from './locales/en/planner.json';
import session from './locales/en/session.json';
import settings from './locales/en/settings.json';
import sharing from './locales/en/sharing.json';

/**
 * Every word the interface shows comes from these catalogs, one namespace per
 * feature. English ships now; other languages add a folder beside locales/en.
 */
export const resources = {
  en: { common, errors, library, settings, planner, session, exchange, sharing, export: exportCatalog },
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

export function initI18n(): typeof i18next {
  void i18next.use(initReactI18next).init(I18N_OPTIONS);
  return i18next;
}
