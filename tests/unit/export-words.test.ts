import { beforeAll, describe, expect, it } from 'vitest';

import { exportWordsIn } from '../../renderer/src/features/export/use-export-words';
import { initI18n } from '../../renderer/src/i18n/i18n';
import { loadLanguage } from '../../renderer/src/i18n/language';
import { formatDuration } from '../../shared/schedule/duration';

/**
 * "Labels in": an export worded in another language than the interface's,
 * its catalogs loaded on demand, while the interface stays as it is.
 */
describe('an export’s words in a chosen language', () => {
  const i18n = initI18n();
  beforeAll(async () => {
    for (const language of ['kk', 'ru', 'nl'] as const) await loadLanguage(language);
  });

  it('takes Kazakh labels, dates and durations from the Kazakh catalogs', () => {
    const { labels, dates, reviewCopyName } = exportWordsIn(i18n, 'kk');
    expect(labels.sections.objectives).toBe('Мақсаттар');
    expect(labels.sections.weekAtAGlance).toBe('Аптаға шолу');
    expect(labels.sections.contents).toBe('Мазмұны');
    expect(labels.facts.facilitators).toBe('Жүргізушілер');
    expect(labels.fields.cognition).toBe('Таным');
    expect(labels.page).toBe('Бет');
    expect(labels.dayHeading(2)).toBe('2-күн');
    expect(formatDuration(90, labels.duration)).toBe('1 сағ 30 мин');
    expect(labels.stagesTotal('80 мин', '1 сағ 30 мин')).toBe('Кезеңдер: 80 мин / 1 сағ 30 мин');
    expect(dates.day('2026-05-11')).toBe('дүйсенбі, 11 мамыр 2026 ж.');
    expect(dates.range('2026-05-11', '2026-05-15')).toBe('11–15 мамыр 2026 ж.');
    expect(reviewCopyName('CLIL')).toBe('CLIL (қарауға арналған көшірме)');
  });

  it('takes Russian and Dutch labels and dates from their catalogs', () => {
    const russian = exportWordsIn(i18n, 'ru');
    expect(russian.labels.sections.objectives).toBe('Цели');
    expect(russian.labels.dayHeading(1)).toBe('День 1');
    expect(russian.labels.blockTypes.break).not.toBe(
      exportWordsIn(i18n, 'en').labels.blockTypes.break,
    );
    expect(formatDuration(90, russian.labels.duration)).toBe('1 ч 30 мин');
    expect(russian.dates.day('2026-05-11')).toBe('пн, 11 мая 2026');

    const dutch = exportWordsIn(i18n, 'nl');
    expect(dutch.labels.sections.objectives).toBe('Doelen');
    expect(dutch.labels.facts.date).toBe('Datum');
    expect(formatDuration(90, dutch.labels.duration)).toBe('1 u 30 min');
    expect(dutch.dates.day('2026-05-11')).toBe('ma 11 mei 2026');
  });

  it('leaves the interface in its own language', () => {
    exportWordsIn(i18n, 'kk');
    expect(i18n.language).toBe('en');
    expect(i18n.t('dialog.title', { ns: 'export' })).toBe('Export as PDF or Word');
    const english = exportWordsIn(i18n, 'en');
    expect(english.labels.sections.objectives).toBe('Objectives');
    expect(english.dates.day('2026-05-11')).toBe('Mon, 11 May 2026');
  });
});
