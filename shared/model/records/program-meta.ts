import { AUDIENCES, LIMITS, THEMES } from '../schema';
import { choice, optionalInteger, text, textList } from './field';
import type { FieldValues } from './table';

/** The program's metadata (`meta`): one line per field (docs/file-format.md, "Adding a field"). */
export const META_FIELDS = {
  title: text({ max: LIMITS.maxTitleLength }),
  theme: choice(THEMES, 'other'),
  hostInstitution: text(),
  partnerInstitutions: textList(),
  venueCity: text(),
  /** ISO date (yyyy-MM-dd) of the first day. */
  startDate: text({ fallback: '2026-01-05' }),
  /** IANA time zone of the venue, e.g. "Asia/Almaty". */
  timeZone: text({ fallback: 'UTC', initial: 'Asia/Almaty' }),
  languages: textList({ initial: ['English'] }),
  audience: choice(AUDIENCES, 'mixed', 'university'),
  expectedParticipants: optionalInteger({
    min: 0,
    max: LIMITS.maxParticipants,
    refusal: `Expected participants must be a whole number from 0 to ${LIMITS.maxParticipants}.`,
  }),
} as const;

export type ProgramMeta = FieldValues<typeof META_FIELDS>;
