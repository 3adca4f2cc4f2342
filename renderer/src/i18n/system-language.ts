import { useEffect, useState } from 'react';

import { type Language, systemLanguage } from '../../../shared/i18n/languages';
import { type Host, useHost } from '../host';

/** The system's preferred languages: the host's when it knows them (Electron), else the browser's. */
export async function systemLanguages(host: Host): Promise<readonly string[]> {
  const info = await host.app.info().catch(() => null);
  return info !== null && info.systemLanguages.length > 0
    ? info.systemLanguages
    : navigator.languages;
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
