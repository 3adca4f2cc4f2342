import { z } from 'zod';

import { BLOCK_FIELDS, BLOCK_LINE_FIELDS, type BlockLineField } from '../model/records/block';
import {
  AUDIENCES,
  BLOCK_TYPES,
  CEFR_LEVELS,
  INTERACTION_PATTERNS,
  LEARNING_TYPES,
  LIMITS,
  SESSION_RICH_FIELDS,
  STAGE_PHASES,
  THEMES,
} from '../model/schema';

/**
 * The format of the program templates in resources/templates/*.json. Rich text is
 * written as Markdown (see markdownToRichText); times of day as "HH:MM";
 * durations in minutes. Co-tutors are referred to by a key local to the file.
 */

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time of day as HH:MM');
const minutes = z.number().int().min(0).max(LIMITS.minutesPerDay);
const markdown = z.string().max(20_000);
const line = z.string().max(LIMITS.maxTextLength);

/** A block's lines of free text (its table, model/records/block.ts), each optional. */
function blockLines() {
  const optionalLine = (field: BlockLineField) =>
    z.string().max(BLOCK_FIELDS[field].max).default('');
  return Object.fromEntries(
    BLOCK_LINE_FIELDS.map((field) => [field, optionalLine(field)]),
  ) as Record<BlockLineField, ReturnType<typeof optionalLine>>;
}

const sessionText = z
  .object(Object.fromEntries(SESSION_RICH_FIELDS.map((field) => [field, markdown.optional()])))
  .strict();

export const templateStageSchema = z
  .object({
    phase: z.enum(STAGE_PHASES),
    minutes,
    facilitator: line,
    participants: line,
    interaction: z.enum(INTERACTION_PATTERNS),
    learningType: z.enum(LEARNING_TYPES),
    resources: line,
  })
  .strict();

export const templateBlockSchema = z
  .object({
    type: z.enum(BLOCK_TYPES),
    title: z.string().min(1).max(LIMITS.maxTitleLength),
    duration: minutes,
    fixedStart: clock.optional(),
    facilitators: z.array(z.string()).default([]),
    cefr: z.enum(CEFR_LEVELS).optional(),
    ...blockLines(),
    text: sessionText.default({}),
    stages: z.array(templateStageSchema).default([]),
  })
  .strict();

export const templateSchema = z
  .object({
    format: z.literal('cotutor-template'),
    version: z.literal(1),
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().min(1),
    description: z.string().min(1),
    meta: z
      .object({
        title: z.string().min(1).max(LIMITS.maxTitleLength),
        theme: z.enum(THEMES),
        hostInstitution: line,
        partnerInstitutions: z.array(line),
        venueCity: line,
        timeZone: z.string().min(1),
        languages: z.array(line).min(1),
        audience: z.enum(AUDIENCES),
        expectedParticipants: z.number().int().min(1).max(LIMITS.maxParticipants),
      })
      .strict(),
    learningOutcomes: markdown,
    coTutors: z.array(
      z.object({ key: z.string().min(1), name: line, institution: line, role: line }).strict(),
    ),
    days: z
      .array(z.object({ start: clock, end: clock, blocks: z.array(templateBlockSchema) }).strict())
      .min(1)
      .max(LIMITS.maxDays),
  })
  .strict()
  .superRefine((template, context) => {
    const keys = new Set(template.coTutors.map((tutor) => tutor.key));
    template.days.forEach((day, dayIndex) =>
      day.blocks.forEach((block, blockIndex) => {
        for (const key of block.facilitators) {
          if (!keys.has(key)) {
            context.addIssue({
              code: 'custom',
              path: ['days', dayIndex, 'blocks', blockIndex, 'facilitators'],
              message: `unknown co-tutor "${key}"`,
            });
          }
        }
      }),
    );
  });

export type Template = z.infer<typeof templateSchema>;
export type TemplateBlock = z.infer<typeof templateBlockSchema>;
