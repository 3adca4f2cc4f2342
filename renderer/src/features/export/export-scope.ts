import { isBreakType } from '../../../../shared/model/schema';
import { type Program } from '../../../../shared/model/types';
import { type AgendaDays, agendaOutline } from '../../../../shared/print/agenda-outline';
import { type DateFormat, type ExportLabels } from '../../../../shared/print/labels';
import { programOutline, singleSessionOutline } from '../../../../shared/print/program-outline';
import { placesOf } from '../../../../shared/print/session-outline';
import type { PrintSubject } from './print-view/PrintDocument';

/** What the user exports: the whole program, one session plan, or the day agenda of all days or one. */
export type ExportScope =
  { kind: 'program' } | { kind: 'session'; blockId: string } | { kind: 'agenda'; days: AgendaDays };

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
 * The scope as it can still be printed: a plan deleted by a co-tutor meanwhile
 * (or a break, which has none) leaves the whole program; an agenda of a day
 * that is gone, every day's.
 */
export function currentScope(
  chosen: ExportScope,
  sessions: readonly SessionChoice[],
  dayCount: number,
): ExportScope {
  if (chosen.kind === 'session')
    return sessions.some((session) => session.blockId === chosen.blockId)
      ? chosen
      : { kind: 'program' };
  if (chosen.kind === 'agenda' && chosen.days !== 'all' && chosen.days >= dayCount)
    return { kind: 'agenda', days: 'all' };
  return chosen;
}

/** What a scope stands for, as one value (for memos: the scope object is rebuilt on every render). */
export function scopeKey(scope: ExportScope): string {
  if (scope.kind === 'session') return `session:${scope.blockId}`;
  if (scope.kind === 'agenda') return `agenda:${scope.days}`;
  return 'program';
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
  options: { deliveryNotes?: boolean; withBalance?: boolean } = {},
): PrintSubject | null {
  if (scope.kind === 'program')
    return { document: 'program', outline: programOutline(program, labels, dates, options) };
  if (scope.kind === 'agenda')
    return { document: 'agenda', outline: agendaOutline(program, scope.days, labels, dates) };
  const outline = singleSessionOutline(program, scope.blockId, labels, dates);
  return outline === null ? null : { document: 'session', outline };
}

/**
 * The file's name before its extension: the program, and for one plan the
 * plan's title too; an agenda says it is one (in the export's language), and
 * for one day which.
 */
export function exportBaseName(program: Program, scope: ExportScope, labels: ExportLabels): string {
  if (scope.kind === 'program') return program.meta.title;
  if (scope.kind === 'agenda') {
    const day = scope.days === 'all' ? '' : ` – ${labels.dayHeading(scope.days + 1)}`;
    return `${program.meta.title} – ${labels.agenda.name}${day}`;
  }
  const block = program.days
    .flatMap((day) => day.blocks)
    .find((candidate) => candidate.id === scope.blockId);
  return block === undefined || block.title.trim() === ''
    ? program.meta.title
    : `${program.meta.title} – ${block.title}`;
}
