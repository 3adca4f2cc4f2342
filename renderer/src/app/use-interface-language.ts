import i18next from 'i18next';
import { useEffect } from 'react';

import { interfaceLanguage, type LanguageSetting } from '../../../shared/i18n/languages';
import { useHost } from '../host';
import { showLanguage } from '../i18n/language';
import { PSEUDO_LOCALE } from '../i18n/pseudo-locale';
import { systemLanguages } from '../i18n/system-language';

/**
 * Applies the language setting: "system" takes the first of the system's
 * languages that Cotutor has, else English. Until the settings are read, the
 * page keeps the language it started in (the one shown last time).
 */
export function useInterfaceLanguage(setting: LanguageSetting | undefined): void {
  const host = useHost();
  useEffect(() => {
    // The test pseudo-locale is chosen by the page's address and stays.
    if (setting === undefined || i18next.language === PSEUDO_LOCALE) return;
    let current = true;
    void (async () => {
      const system = setting === 'system' ? await systemLanguages(host) : [];
      if (current) await showLanguage(interfaceLanguage(setting, system));
    })().catch(() => undefined);
    return () => {
      current = false;
    };
  }, [host, setting]);
}
