import type { TFunction } from 'i18next';

import catalog from '../../../../shared/i18n/locales/en/export.json';
import {
  AUDIENCES,
  BLOCK_TYPES,
  INTERACTION_PATTERNS,
  LEARNING_TYPES,
  SESSION_RICH_FIELDS,
  STAGE_PHASES,
  THEMES,
} from '../../../../shared/model/schema';
import type { DateFormat, ExportLabels } from '../../../../shared/print/labels';
import { durationWords, formatDate, formatDateRange, formatMoment } from '../../i18n/format';

type Group = 'facts' | 'sections' | 'stageColumns' | 'review' | 'agenda' | 'delivery';

/** A group of labels, its keys taken from the English catalog and its words from the current language. */
function group<G extends Group>(t: TFunction, name: G): ExportLabels[G] {
  const keys = Object.keys(catalog[name]) as (keyof ExportLabels[G] & string)[];
  const words = keys.map((key): [string, string] => [
    key,
    String(t(`${name}.${key}` as never, { ns: 'export' })),
  ]);
  return Object.fromEntries(words) as unknown as ExportLabels[G];
}

function record<K extends string>(
  keys: readonly K[],
  label: (key: K) => string,
): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, label(key)])) as Record<K, string>;
}

/** The words of an exported document, from the catalogs ('export', 'session', 'common'). */
export function exportLabels(t: TFunction): ExportLabels {
  const common = (key: string) => t(key as never, { ns: 'common' });
  return {
    facts: group(t, 'facts'),
    sections: group(t, 'sections'),
    fields: record(SESSION_RICH_FIELDS, (field) =>
      t(`fields.${field}` as never, { ns: 'session' }),
    ),
    review: group(t, 'review'),
    agenda: group(t, 'agenda'),
    delivery: group(t, 'delivery'),
    prioritisedBarrier: t('prioritisedBarrier', { ns: 'export' }),
    stageColumns: group(t, 'stageColumns'),
    stagesTotal: (stages, duration) => t('stagesTotal', { ns: 'export', stages, duration }),
    dayHeading: (number) => t('dayHeading', { ns: 'export', number }),
    duration: durationWords(t),
    notSet: t('notSet', { ns: 'export' }),
    noCefrLevel: common('cefrNone'),
    page: t('page', { ns: 'export' }),
    blockTypes: record(BLOCK_TYPES, (type) => common(`blockType.${type}`)),
    themes: record(THEMES, (theme) => common(`theme.${theme}`)),
    audiences: record(AUDIENCES, (audience) => common(`audience.${audience}`)),
    phases: record(STAGE_PHASES, (phase) => common(`phase.${phase}`)),
    interactions: record(INTERACTION_PATTERNS, (pattern) => common(`interaction.${pattern}`)),
    learningTypes: record(LEARNING_TYPES, (type) => common(`learningType.${type}`)),
    balance: balanceLabels(t),
  };
}

/** Dates as the interface writes them: "Mon 11 May 2026", "11–15 May 2026", "Mon 11 May 2026, 14:05". */
export function exportDates(locale: string): DateFormat {
  return {
    day: (iso) => formatDate(iso, locale, { withYear: true }),
    range: (from, to) => formatDateRange(from, to, locale),
    moment: (ms) => formatMoment(ms, locale),
  };
}

function balanceLabels(t: TFunction): ExportLabels['balance'] {
  const word = (key: string) => String(t(key as never, { ns: 'balance' }));
  const percent = new Intl.NumberFormat(String(t('formatLocale', { ns: 'common' })), {
    style: 'percent',
    maximumFractionDigits: 0,
  });
  return {
    title: word('heading'),
    intro: word('exportIntro'),
    learningTypes: word('learningTypes.title'),
    perDay: word('perDay.title'),
    interactions: word('interactions.title'),
    sessionTypes: word('sessionTypes.title'),
    learningTypeColumn: word('learningTypes.column'),
    dayColumn: word('perDay.column'),
    interactionColumn: word('interactions.column'),
    sessionTypeColumn: word('sessionTypes.column'),
    minutes: word('minutes'),
    share: word('share'),
    total: word('total'),
    percent: (share) => percent.format(share),
  };
}
