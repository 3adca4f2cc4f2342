import type { Program } from '../../shared/model/types';
import { type DateFormat, type ExportLabels } from '../../shared/print/labels';
import { type ProgramOutline, type SessionOutline } from '../../shared/print/outline-types';
import { programOutline, singleSessionOutline } from '../../shared/print/program-outline';

/** What benchmark (g) exports: the large program as the export dialog reads it, in English. */
export type ExportSubject = {
  program: Program;
  /** The session exported on its own: the large program's first. */
  blockId: string;
  labels: ExportLabels;
  dates: DateFormat;
};

/** How many exports of each kind are timed. */
export type ExportRuns = { program: number; session: number };

/** The export dialog's default paper. */
export const PAPER = 'a4';

/** Where an export starts once requested: the outline both writers lay out. */
export function programOutlineOf({ program, labels, dates }: ExportSubject): ProgramOutline {
  return programOutline(program, labels, dates);
}

export function sessionOutlineOf({
  program,
  blockId,
  labels,
  dates,
}: ExportSubject): SessionOutline {
  const outline = singleSessionOutline(program, blockId, labels, dates);
  if (outline === null) throw new Error(`The large program has no session ${blockId}.`);
  return outline;
}
