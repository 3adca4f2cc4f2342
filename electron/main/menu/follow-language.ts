import type { SettingsService } from '../../../shared/host-api/contract';
import { interfaceLanguage, type Language } from '../../../shared/i18n/languages';

/**
 * Calls `apply` with the interface's language now and again whenever the
 * setting changes to another one (from any window), so the native menus speak
 * what the interface speaks. Resolves the 'system' setting with the system's
 * languages, as the interface does. Returns what stops following.
 */
export async function followLanguage(
  settings: Pick<SettingsService, 'get' | 'onDidChange'>,
  systemLanguages: () => readonly string[],
  apply: (language: Language) => void,
): Promise<() => void> {
  let shown: Language | null = null;
  const show = (setting: Parameters<typeof interfaceLanguage>[0]) => {
    const language = interfaceLanguage(setting, systemLanguages());
    if (language === shown) return;
    shown = language;
    apply(language);
  };
  const stop = settings.onDidChange((changed) => show(changed.language));
  // Settings that cannot be read leave the menus in the system's language.
  show(
    await settings.get().then(
      (read) => read.language,
      () => 'system' as const,
    ),
  );
  return stop;
}
