import { isBreakType } from '../model/schema';
import type { Block, Program } from '../model/types';
import { dayDate } from '../schedule/dates';
import { formatDuration } from '../schedule/duration';
import { formatClock } from '../schedule/time';
import { balanceOutline } from './balance-outline';
import type { DateFormat, ExportLabels } from './labels';
import type { DeliveryNotesEntry, Fact, ProgramOutline, SessionOutline } from './outline-types';
import { facilitatorNames, placesOf, sessionOutline } from './session-outline';

/** The whole program as it is printed: cover, contents, the week at a glance, then every session. */
export function programOutline(
  program: Program,
  labels: ExportLabels,
  dates: DateFormat,
  options: { deliveryNotes?: boolean; withBalance?: boolean } = {},
): ProgramOutline {
  const places = placesOf(program);
  const { meta } = program;
  const lastDay = dayDate(meta.startDate, Math.max(0, program.days.length - 1));
  const cover: Fact[] = [
    { label: labels.facts.theme, value: labels.themes[meta.theme] },
    { label: labels.facts.dates, value: dates.range(meta.startDate, lastDay) },
    { label: labels.facts.venue, value: meta.venueCity },
    { label: labels.facts.hostInstitution, value: meta.hostInstitution },
    { label: labels.facts.partnerInstitutions, value: meta.partnerInstitutions.join('; ') },
    { label: labels.facts.audience, value: labels.audiences[meta.audience] },
    {
      label: labels.facts.participants,
      value: meta.expectedParticipants === null ? '' : String(meta.expectedParticipants),
    },
    { label: labels.facts.languages, value: meta.languages.join(', ') },
  ].filter((fact) => fact.value.trim() !== '');

  const sessions: SessionOutline[] = [];
  const deliveryNotes: DeliveryNotesEntry[] = [];
  const contents: ProgramOutline['contents'] = [];
  const timetable = program.days.map((day, dayIndex) => ({
    heading: labels.dayHeading(dayIndex + 1),
    date: dates.day(dayDate(meta.startDate, dayIndex)),
    blocks: day.blocks.map((block) => {
      const place = places.get(block.id);
      const time =
        place === undefined ? '' : `${formatClock(place.start)}–${formatClock(place.end)}`;
      if (!isBreakType(block.type)) {
        sessions.push(sessionOutline(program, block, place, labels, dates));
        const where = `${labels.dayHeading(dayIndex + 1)} · ${time}`;
        contents.push({ id: block.id, title: block.title, where });
        const facts = options.deliveryNotes === true ? deliveryFacts(block, labels) : [];
        if (facts.length > 0)
          deliveryNotes.push({ id: block.id, title: block.title, where, facts });
      }
      return {
        id: block.id,
        time,
        title: block.title,
        typeLabel: labels.blockTypes[block.type],
        facilitators: facilitatorNames(program, block),
        isBreak: isBreakType(block.type),
      };
    }),
  }));

  return {
    title: meta.title,
    subtitle: labels.themes[meta.theme],
    cover,
    coTutors: program.coTutors.map((tutor) => ({
      name: tutor.name,
      detail: [tutor.role, tutor.institution].filter((part) => part.trim() !== '').join(', '),
    })),
    learningOutcomes: program.text.learningOutcomes,
    contents,
    timetable,
    ...(options.withBalance === true ? { balance: balanceOutline(program, labels) } : {}),
    sessions,
    deliveryNotes,
  };
}

/** What was written about a session after it was delivered, left out where nothing was. */
function deliveryFacts(block: Block, labels: ExportLabels): Fact[] {
  return [
    {
      label: labels.delivery.participants,
      value: block.participantCount === null ? '' : String(block.participantCount),
    },
    {
      label: labels.delivery.ranOver,
      value: block.overrunMin > 0 ? formatDuration(block.overrunMin, labels.duration) : '',
    },
    { label: labels.delivery.note, value: block.deliveryNote },
    { label: labels.delivery.changeNextTime, value: block.changeNextTime },
  ].filter((fact) => fact.value.trim() !== '');
}

/** One session's outline, for exporting a single plan. */
export function singleSessionOutline(
  program: Program,
  blockId: string,
  labels: ExportLabels,
  dates: DateFormat,
): SessionOutline | null {
  const block = program.days
    .flatMap((day) => day.blocks)
    .find((candidate) => candidate.id === blockId);
  if (block === undefined) return null;
  return sessionOutline(program, block, placesOf(program).get(blockId), labels, dates);
}
