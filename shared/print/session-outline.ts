import type { RichText } from '../model/rich-text/types';
import { isBreakType, type SessionRichField } from '../model/schema';
import type { Block, Program } from '../model/types';
import { dayDate } from '../schedule/dates';
import { formatDuration } from '../schedule/duration';
import { formatClock } from '../schedule/time';
import { scheduleDay } from '../schedule/timeline';
import type { DateFormat, ExportLabels } from './labels';
import type { Fact, PlanSection, SessionOutline, StagesTable } from './outline-types';

type SectionPlan = { id: PlanSection['id']; fields: readonly SessionRichField[] };

/** The sections of a printed plan, in the order the editor shows them; co-tutors' notes stay private. */
const PLAN: readonly SectionPlan[] = [
  { id: 'objectives', fields: ['contentObjectives', 'languageObjectives', 'successCriteria'] },
  {
    id: 'fourCs',
    fields: [
      'content',
      'languageOfLearning',
      'languageForLearning',
      'languageThroughLearning',
      'cognition',
      'culture',
    ],
  },
  { id: 'language', fields: ['keyVocabulary', 'scaffolding'] },
  { id: 'stages', fields: [] },
  { id: 'assessment', fields: ['assessment'] },
  { id: 'inclusion', fields: ['barriers', 'engagement', 'representation', 'actionExpression'] },
  { id: 'materials', fields: ['materials', 'preWork', 'followUp'] },
];

/** The session fields in the order a printed plan shows them. */
export const PRINTED_FIELDS: readonly SessionRichField[] = PLAN.flatMap((plan) => plan.fields);

export type SessionPlace = { dayIndex: number; start: number; end: number };

/** Where each block sits in the week: its day and computed times. */
export function placesOf(program: Program): Map<string, SessionPlace> {
  const places = new Map<string, SessionPlace>();
  program.days.forEach((day, dayIndex) => {
    for (const block of scheduleDay(day, day.blocks).blocks) {
      places.set(block.id, { dayIndex, start: block.start, end: block.end });
    }
  });
  return places;
}

export function facilitatorNames(program: Program, block: Block): string {
  const names = new Map(program.coTutors.map((tutor) => [tutor.id, tutor.name]));
  return block.facilitators.flatMap((id) => names.get(id) ?? []).join(', ');
}

/** One session plan as it is printed. */
export function sessionOutline(
  program: Program,
  block: Block,
  place: SessionPlace | undefined,
  labels: ExportLabels,
  dates: DateFormat,
): SessionOutline {
  const value = (text: string) => (text.trim() === '' ? labels.notSet : text);
  const facts: Fact[] = [
    { label: labels.facts.program, value: program.meta.title },
    ...(place === undefined
      ? []
      : [
          { label: labels.facts.day, value: labels.dayHeading(place.dayIndex + 1) },
          {
            label: labels.facts.date,
            value: dates.day(dayDate(program.meta.startDate, place.dayIndex)),
          },
          {
            label: labels.facts.time,
            value: `${formatClock(place.start)}–${formatClock(place.end)}`,
          },
        ]),
    { label: labels.facts.duration, value: formatDuration(block.durationMin, labels.duration) },
    { label: labels.facts.facilitators, value: value(facilitatorNames(program, block)) },
    { label: labels.facts.location, value: value(block.location) },
    { label: labels.facts.cefr, value: block.cefr ?? labels.noCefrLevel },
    { label: labels.facts.targetGroup, value: value(block.targetGroup) },
    { label: labels.facts.workingLanguage, value: value(block.workingLanguage) },
    { label: labels.facts.priorLearning, value: value(block.priorLearning) },
    { label: labels.facts.nextStep, value: value(block.nextStep) },
  ];
  const sections = isBreakType(block.type)
    ? []
    : PLAN.flatMap((plan): PlanSection[] => {
        const fields = plan.fields
          .map((field) => ({ id: field, label: labels.fields[field], content: block.text[field] }))
          .filter((field) => !isEmpty(field.content));
        const planFacts =
          plan.id === 'inclusion' && block.prioritisedBarrier.trim() !== ''
            ? [{ label: labels.prioritisedBarrier, value: block.prioritisedBarrier }]
            : [];
        if (plan.id === 'stages') {
          return block.stages.length === 0
            ? []
            : [{ id: plan.id, title: labels.sections.stages, facts: [], fields: [] }];
        }
        if (fields.length === 0 && planFacts.length === 0) return [];
        return [{ id: plan.id, title: labels.sections[plan.id], facts: planFacts, fields }];
      });
  return {
    id: block.id,
    title: block.title,
    typeLabel: labels.blockTypes[block.type],
    facts,
    sections,
    stages: isBreakType(block.type) ? null : stagesOf(block, labels),
  };
}

function stagesOf(block: Block, labels: ExportLabels): StagesTable | null {
  if (block.stages.length === 0) return null;
  const total = block.stages.reduce((sum, stage) => sum + stage.minutes, 0);
  return {
    columns: labels.stageColumns,
    rows: block.stages.map((stage, index) => ({
      number: String(index + 1),
      phase: labels.phases[stage.phase],
      minutes: formatDuration(stage.minutes, labels.duration),
      facilitator: stage.facilitatorActions,
      participants: stage.participantActions,
      interaction: labels.interactions[stage.interaction],
      learningType: labels.learningTypes[stage.learningType],
      resources: stage.resources,
    })),
    total: labels.stagesTotal(
      formatDuration(total, labels.duration),
      formatDuration(block.durationMin, labels.duration),
    ),
  };
}

function isEmpty(content: RichText): boolean {
  return content.every((block) =>
    block.type === 'list'
      ? block.items.length === 0
      : block.children.every((inline) => 'text' in inline && inline.text.trim() === ''),
  );
}
