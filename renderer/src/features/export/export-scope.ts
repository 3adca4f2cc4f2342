import { isBreakType } from '../../../../shared/model/schema';
import { type Program } from '../../../../shared/model/types';
import { type DateFormat, type ExportLabels } from '../../../../shared/print/labels';
import { programOutline, singleSessionOutline } from '../../../../shared/print/program-outline';
import { placesOf } from '../../../../shared/print/session-outline';
import type { PrintSubject } from './print-view/PrintDocument';

/** What the user exports: the whole program, or one session plan. */
export type ExportScope = { kind: 'program' } | { kind: 'session'; blockId: string };

/** A session plan the user can pick, in week order. */
export type SessionChoice = { blockId: string; day: number; start: number; title: string };

/** Every block with a plan (breaks and lunch have none), day by day in time order. */
export function sessionChoices(program: Program): SessionChoice[] {
  const places = placesOf(program);
  return program.days.flatMap((day, dayIndex) =>
    day.blocks
      .filter((block) => !isBreakType(block.type))
      .map((block) => ({
        blockId: block.id,
        day: dayIndex + 1,
        start: places.get(block.id)?.start ?? 0,
        title: block.title,
      }))
      .sort((a, b) => a.start - b.start),
  );
}

/**
 * The document to print for a scope, or null when the chosen session is gone
 * (a co-tutor deleted it while the dialog was open).
 */
export function printSubject(
  program: Program,
  scope: ExportScope,
  labels: ExportLabels,
  dates: DateFormat,
  { withBalance = false }: { withBalance?: boolean } = {},
): PrintSubject | null {
  if (scope.kind === 'program')
    return {
      document: 'program',
      outline: programOutline(program, labels, dates, { withBalance }),
    };
  const outline = singleSessionOutline(program, scope.blockId, labels, dates);
  return outline === null ? null : { document: 'session', outline };
}

/** The file's name before its extension: the program, and for one plan the plan's title too. */
export function exportBaseName(program: Program, scope: ExportScope): string {
  if (scope.kind === 'program') return program.meta.title;
  const block = program.days
    .flatMap((day) => day.blocks)
    .find((candidate) => candidate.id === scope.blockId);
  return block === undefined || block.title.trim() === ''
    ? program.meta.title
    : `${program.meta.title} – ${block.title}`;
}
