import type { Method } from '../../../../shared/method/schema';
import type { InteractionPattern, LearningType, Theme } from '../../../../shared/model/schema';

/** The library's length filter: a method is in a band when its usual range reaches into it. */
export const DURATION_BANDS = ['short', 'medium', 'long', 'extended'] as const;
export type DurationBand = (typeof DURATION_BANDS)[number];

const BAND_MINUTES: Record<DurationBand, { from: number; to: number }> = {
  short: { from: 0, to: 15 },
  medium: { from: 15, to: 45 },
  long: { from: 45, to: 90 },
  extended: { from: 91, to: Number.POSITIVE_INFINITY },
};

/** What the user asked the library for; 'any' leaves a filter off. */
export type MethodQuery = {
  text: string;
  learningType: LearningType | 'any';
  interaction: InteractionPattern | 'any';
  duration: DurationBand | 'any';
  theme: Theme | 'any';
};

export const ANY_METHOD: MethodQuery = {
  text: '',
  learningType: 'any',
  interaction: 'any',
  duration: 'any',
  theme: 'any',
};

/**
 * Whether a method answers the query: every word of the text is found in its
 * name, summary, when-to-use, materials or stages (any case, any script), and
 * it passes every filter that is on.
 */
export function matchesQuery(method: Method, query: MethodQuery, locale?: string): boolean {
  if (query.learningType !== 'any' && !method.learningTypes.includes(query.learningType))
    return false;
  if (query.interaction !== 'any' && !method.interactions.includes(query.interaction)) return false;
  if (query.theme !== 'any' && !method.themes.includes(query.theme)) return false;
  if (query.duration !== 'any') {
    const band = BAND_MINUTES[query.duration];
    if (method.duration.min > band.to || method.duration.max < band.from) return false;
  }
  const words = query.text.toLocaleLowerCase(locale).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = searchText(method).toLocaleLowerCase(locale);
  return words.every((word) => haystack.includes(word));
}

function searchText(method: Method): string {
  return [
    method.name,
    method.summary,
    method.whenToUse,
    ...method.materials,
    ...method.stages.flatMap((stage) => [stage.facilitator, stage.participants, stage.resources]),
  ].join('\n');
}
