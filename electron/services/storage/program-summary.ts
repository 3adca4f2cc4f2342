import * as Y from 'yjs';
import { z } from 'zod';

import type { ProgramSummary } from '../../../shared/host-api/contract';
import { requireParts } from '../../../shared/model/layout';
import { checkDocument } from '../../../shared/model/migrate';
import { readMeta } from '../../../shared/model/read';
import { THEMES } from '../../../shared/model/schema';
import { PLACEHOLDER_TITLE } from './placeholder';

export type SummaryTimes = { createdAt: string; updatedAt: string };

/** What the library knows beside the document: sharing, and the title an invite gave. */
export type SummaryContext = { shared: boolean; knownTitle?: string | undefined };

/** What the library shows of a program, read from its document (never stored beside it as truth). */
export function summaryOf(
  doc: Y.Doc,
  id: string,
  times: SummaryTimes,
  context: SummaryContext,
): ProgramSummary {
  // Storage keeps no document without a program except a placeholder awaiting its first sync.
  if (!checkDocument(doc).ok) return placeholderSummary(id, times, context);
  const meta = readMeta(doc);
  return {
    id,
    title: meta.title,
    theme: meta.theme,
    venueCity: meta.venueCity,
    startDate: meta.startDate,
    days: dayCount(doc),
    createdAt: times.createdAt,
    updatedAt: times.updatedAt,
    shared: context.shared,
    awaitingSync: false,
  };
}

/**
 * The number of days readDays would list, without reading the week's blocks:
 * every autosave batch summarises the program, and the large program has 60 of them.
 */
function dayCount(doc: Y.Doc): number {
  let count = 0;
  requireParts(doc).days.forEach((day) => {
    if (day instanceof Y.Map) count++;
  });
  return count;
}

/** A program joined from an invite, before anything of it has arrived. */
export function placeholderSummary(
  id: string,
  times: SummaryTimes,
  context: SummaryContext,
): ProgramSummary {
  const title = context.knownTitle?.trim() ?? '';
  return {
    id,
    title: title === '' ? PLACEHOLDER_TITLE : title,
    theme: 'other',
    venueCity: '',
    // A valid date keeps every date display working until the real one arrives.
    startDate: times.createdAt.slice(0, 10),
    days: 0,
    createdAt: times.createdAt,
    updatedAt: times.updatedAt,
    shared: context.shared,
    awaitingSync: true,
  };
}

export const programSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  theme: z.enum(THEMES),
  venueCity: z.string(),
  startDate: z.string(),
  days: z.number().int().min(0),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  // Absent from indexes written before sharing (which held no placeholders); `shared`
  // is read from the sharing store whenever the index answers anyway.
  shared: z.boolean().default(false),
  awaitingSync: z.boolean().default(false),
}) satisfies z.ZodType<ProgramSummary>;

export const trashedProgramSchema = programSummarySchema.extend({ removedAt: z.iso.datetime() });
export type TrashedProgram = z.infer<typeof trashedProgramSchema>;

export function byMostRecent(a: ProgramSummary, b: ProgramSummary): number {
  return (
    b.updatedAt.localeCompare(a.updatedAt) ||
    a.title.localeCompare(b.title) ||
    a.id.localeCompare(b.id)
  );
}
