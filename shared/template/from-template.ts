import { defaultMeta, emptySessionText, newBlock, newDay, newStage } from '../model/defaults';
import { newId } from '../model/ids';
import { BLOCK_LINE_FIELDS, type BlockLineField } from '../model/records/block';
import { markdownToRichText } from '../model/rich-text/markdown';
import { SESSION_RICH_FIELDS } from '../model/schema';
import type { Block, Program } from '../model/types';
import { parseClock } from '../schedule/time';
import type { Template, TemplateBlock } from './schema';

export type ProgramStart = { title: string; startDate: string };

/** A complete program, with fresh ids, built from a validated template. */
export function programFromTemplate(template: Template, start: ProgramStart): Program {
  const tutorIds = new Map(template.coTutors.map((tutor) => [tutor.key, newId()]));
  return {
    id: newId(),
    meta: defaultMeta({ ...template.meta, title: start.title, startDate: start.startDate }),
    text: { learningOutcomes: markdownToRichText(template.learningOutcomes) },
    coTutors: template.coTutors.map((tutor) => ({
      id: tutorIds.get(tutor.key) ?? newId(),
      name: tutor.name,
      institution: tutor.institution,
      role: tutor.role,
    })),
    days: template.days.map((day) =>
      newDay({
        startMin: clockOrThrow(day.start),
        plannedEndMin: clockOrThrow(day.end),
        blocks: day.blocks.map((block) => blockFromTemplate(block, tutorIds)),
      }),
    ),
  };
}

function blockFromTemplate(block: TemplateBlock, tutorIds: Map<string, string>): Block {
  const text = emptySessionText();
  for (const field of SESSION_RICH_FIELDS) {
    const markdown = block.text[field];
    if (typeof markdown === 'string') text[field] = markdownToRichText(markdown);
  }
  return newBlock(block.type, {
    title: block.title,
    durationMin: block.duration,
    fixedStart: block.fixedStart === undefined ? null : clockOrThrow(block.fixedStart),
    facilitators: block.facilitators.flatMap((key) => tutorIds.get(key) ?? []),
    cefr: block.cefr ?? null,
    ...blockLines(block),
    text,
    stages: block.stages.map((stage) =>
      newStage(stage.phase, {
        minutes: stage.minutes,
        facilitatorActions: stage.facilitator,
        participantActions: stage.participants,
        interaction: stage.interaction,
        learningType: stage.learningType,
        resources: stage.resources,
      }),
    ),
  });
}

function blockLines(block: TemplateBlock): Pick<Block, BlockLineField> {
  return Object.fromEntries(BLOCK_LINE_FIELDS.map((field) => [field, block[field]])) as Pick<
    Block,
    BlockLineField
  >;
}

function clockOrThrow(value: string): number {
  const parsed = parseClock(value);
  if (!parsed.ok) throw new Error(`Not a time of day: ${value}`);
  return parsed.value;
}
