import { isBreakType } from '../model/schema';
import type { Program } from '../model/types';
import { dayDate } from '../schedule/dates';
import { formatClock } from '../schedule/time';
import type { DateFormat, ExportLabels } from './labels';
import type { AgendaOutline } from './outline-types';
import { facilitatorNames, placesOf } from './session-outline';

/** Which days an agenda prints: every day, or one (its index in the week). */
export type AgendaDays = 'all' | number;

/**
 * The day agenda, for the wall or the participants: each chosen day with its
 * date, and per block its start and end, title, room and facilitators, in the
 * order of the day; breaks as breaks. Nothing of the plans (objectives,
 * stages, notes) is in it.
 */
export function agendaOutline(
  program: Program,
  days: AgendaDays,
  labels: ExportLabels,
  dates: DateFormat,
): AgendaOutline {
  const places = placesOf(program);
  const chosen = program.days
    .map((day, dayIndex) => ({ day, dayIndex }))
    .filter(({ dayIndex }) => days === 'all' || dayIndex === days);
  return {
    title: program.meta.title,
    days: chosen.map(({ day, dayIndex }) => ({
      heading: labels.dayHeading(dayIndex + 1),
      date: dates.day(dayDate(program.meta.startDate, dayIndex)),
      blocks: day.blocks
        .map((block) => ({ block, place: places.get(block.id) }))
        // A fixed-time block may stand before the blocks that come earlier in the day.
        .sort((a, b) => (a.place?.start ?? 0) - (b.place?.start ?? 0))
        .map(({ block, place }) => ({
          id: block.id,
          time: place === undefined ? '' : `${formatClock(place.start)}–${formatClock(place.end)}`,
          // A break without a title of its own is called what it is ("Coffee break").
          title: block.title.trim() === '' ? labels.blockTypes[block.type] : block.title,
          location: block.location,
          facilitators: isBreakType(block.type) ? '' : facilitatorNames(program, block),
          isBreak: isBreakType(block.type),
        })),
    })),
  };
}
