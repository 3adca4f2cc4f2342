import { FALLBACKS, type Language } from '../../../shared/i18n/languages';
import en from '../../../shared/i18n/locales/en/menu.json';
import kk from '../../../shared/i18n/locales/kk/menu.json';
import nl from '../../../shared/i18n/locales/nl/menu.json';
import ru from '../../../shared/i18n/locales/ru/menu.json';

export type MenuLabel = keyof typeof en;
export type MenuLabels = (key: MenuLabel, values?: { appName: string }) => string;

const CATALOGS: Readonly<Record<Language, Partial<Record<MenuLabel, string>>>> = { en, kk, ru, nl };

/**
 * The native menus' words in `language`, from the interface's catalogs (the
 * menu namespace): a label missing there is taken along the same fallbacks as
 * the interface's (Kazakh to Russian, then English). Electron's role items get
 * these labels too, since Electron's own are English on Windows and Linux.
 */
export function menuLabels(language: Language): MenuLabels {
  return (key, values) => {
    const text =
      [language, ...FALLBACKS[language]].map((tried) => CATALOGS[tried][key]).find(Boolean) ??
      en[key];
    return text.replace(/\{\{\s*appName\s*\}\}/g, values?.appName ?? '');
  };
}
