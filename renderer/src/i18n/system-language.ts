import { useEffect, useState } from 'react';

import { type Language, systemLanguage } from '../../../shared/i18n/languages';
import { type Host, useHost } from '../host';

const asked = new WeakMap<Host, Promise<readonly string[]>>();

/**
 * The system's preferred languages: the host's when it knows them (Electron),
 * else the browser's. Asked of a host once: they do not change while it runs.
 */
export function systemLanguages(host: Host): Promise<readonly string[]> {
  let languages = asked.get(host);
  if (languages === undefined) {
    languages = host.app.info().then(
      (info) => (info.systemLanguages.length > 0 ? info.systemLanguages : navigator.languages),
      () => navigator.languages,
    );
    asked.set(host, languages);
  }
  return languages;
}

/** The language the "system" setting stands for on this computer (null until known). */
export function useSystemLanguage(): Language | null {
  const host = useHost();
  const [language, setLanguage] = useState<Language | null>(null);
  useEffect(() => {
    let current = true;
    void systemLanguages(host).then(
      (preferred) => current && setLanguage(systemLanguage(preferred)),
    );
    return () => {
      current = false;
    };
  }, [host]);
  return language;
}
