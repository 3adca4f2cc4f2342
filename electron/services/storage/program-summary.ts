import type * as Y from 'yjs';
import { z } from 'zod';

import type { ProgramSummary } from '../../../shared/host-api/contract';
import { readDays, readMeta } from '../../../shared/model/read';
import { THEMES } from '../../../shared/model/schema';

/** What the library shows of a program, read from its document (never stored beside it as truth). */
export function summaryOf(
  doc: Y.Doc,
  id: string,
  times: { createdAt: string; updatedAt: string },
): ProgramSummary {
  const meta = readMeta(doc);
  return {
    id,
    title: meta.title,
    theme: meta.theme,
    venueCity: meta.venueCity,
    startDate: meta.startDate,
    days: readDays(doc).length,
    createdAt: times.createdAt,
    updatedAt: times.updatedAt,
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
