/**
 * The interface's languages, in the order Preferences lists them: the
 * co-tutors' own first (Kazakh, Russian), then English and Dutch. Each is named
 * by its endonym, as a user looks for their own language in its own words.
 */
export const LANGUAGES = ['kk', 'ru', 'en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The setting: a language, or whatever the operating system prefers ("system"). */
export type LanguageSetting = 'system' | Language;
export const LANGUAGE_SETTINGS = [
  'system',
  ...LANGUAGES,
] as const satisfies readonly LanguageSetting[];

export const ENDONYMS: Readonly<Record<Language, string>> = {
  kk: 'Қазақша',
  ru: 'Русский',
  en: 'English',
  nl: 'Nederlands',
};

/**
 * Where a string missing from a catalog is looked for next. A Kazakh reader
 * reads Russian far more often than English, so Kazakh falls back to Russian
 * first; every chain ends in English, which is complete by definition.
 */
export const FALLBACKS: Readonly<Record<Language, readonly Language[]>> = {
  kk: ['ru', 'en'],
  ru: ['en'],
  en: [],
  nl: ['en'],
};

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The first of the system's preferred languages (BCP 47 tags, most preferred
 * first: "ru-KZ", "nl", "en-GB") that Cotutor has, by primary subtag; English
 * when it has none of them.
 */
export function systemLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const primary = tag.trim().toLowerCase().split(/[-_]/, 1)[0] ?? '';
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/** The language the interface shows for a setting, on a system preferring `preferred`. */
export function interfaceLanguage(
  setting: LanguageSetting | undefined,
  preferred: readonly string[],
): Language {
  return setting === undefined || setting === 'system' ? systemLanguage(preferred) : setting;
}
