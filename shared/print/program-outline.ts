import { isBreakType } from '../model/schema';
import type { Program } from '../model/types';
import { dayDate } from '../schedule/dates';
import { formatClock } from '../schedule/time';
import { balanceOutline } from './balance-outline';
import type { DateFormat, ExportLabels } from './labels';
import type { Fact, ProgramOutline, SessionOutline } from './outline-types';
import { facilitatorNames, placesOf, sessionOutline } from './session-outline';

/** The whole program as it is printed: cover, contents, the week at a glance, then every session. */
export function programOutline(
  program: Program,
  labels: ExportLabels,
  dates: DateFormat,
  { withBalance = false }: { withBalance?: boolean } = {},
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
        contents.push({
          id: block.id,
          title: block.title,
          where: `${labels.dayHeading(dayIndex + 1)} · ${time}`,
        });
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
    ...(withBalance ? { balance: balanceOutline(program, labels) } : {}),
    sessions,
  };
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
