import type { i18n, TFunction } from 'i18next';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isLanguage, type Language } from '../../../../shared/i18n/languages';
import type { DateFormat, ExportLabels } from '../../../../shared/print/labels';
import { loadLanguage } from '../../i18n/language';
import { exportDates, exportLabels } from './export-labels';

/** The words an export prints, in one language, with the file name's words too. */
export type ExportWords = {
  language: Language;
  labels: ExportLabels;
  dates: DateFormat;
  /** "{{name}} (review copy)" in the export's language: the file goes to its readers. */
  reviewCopyName: (name: string) => string;
};

/**
 * The export's words in `language` through a translator fixed to it, which
 * leaves the interface's language as it is. Its catalogs must have been loaded
 * (loadLanguage); a word missing there falls back as the interface's do.
 */
export function exportWordsIn(i18n: i18n, language: Language): ExportWords {
  return wordsOf(i18n.getFixedT(language), language);
}

function wordsOf(t: TFunction, language: Language): ExportWords {
  return {
    language,
    labels: exportLabels(t),
    dates: exportDates(t('formatLocale', { ns: 'common' })),
    reviewCopyName: (name) => t('dialog.reviewCopyName', { ns: 'export', name }),
  };
}

/** The language an export's labels start in: the interface's (English for the test pseudo-locale). */
export function useDefaultLabelsLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'en';
}

/**
 * The export's words in `language`, which need not be the interface's: its
 * catalogs and date names are loaded on first choice (they are not in the
 * first script) and read through a translator fixed to it, so the interface
 * never changes language. Until they have loaded, the words of the language
 * chosen before are kept, so the preview does not blank; `ready` says whether
 * the words are the chosen language's.
 */
export function useExportWords(language: Language): { words: ExportWords; ready: boolean } {
  const { i18n } = useTranslation();
  const interfaceLanguage = useDefaultLabelsLanguage();
  const [loaded, setLoaded] = useState<Language>(interfaceLanguage);

  useEffect(() => {
    let current = true;
    void loadLanguage(language).then(
      () => current && setLoaded(language),
      // Its script could not be fetched: the words stay in the language before, and saving waits.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [language]);

  // In the test pseudo-locale the interface's own words stand for "the interface's language".
  const pseudo = !isLanguage(i18n.language) && loaded === interfaceLanguage;
  const words = useMemo(
    () => (pseudo ? wordsOf(i18n.t, loaded) : exportWordsIn(i18n, loaded)),
    [i18n, loaded, pseudo],
  );
  return { words, ready: loaded === language };
}
