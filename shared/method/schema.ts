import { z } from 'zod';

import {
  INTERACTION_PATTERNS,
  LEARNING_TYPES,
  LIMITS,
  SESSION_TYPES,
  THEMES,
} from '../model/schema';
import { templateStageSchema } from '../template/schema';

/**
 * The format of a method of the library: resources/methods/<id>.json for the
 * methods that come with Cotutor, the same shape for a co-tutor's own methods
 * and for a program's. A method is a session type with its stages; inserting it
 * makes a planned session or adds its stages to one. Text is plain professional
 * English in the bundled methods; a co-tutor's own are in their words.
 */

const line = z.string().trim().min(1).max(LIMITS.maxTextLength);
const paragraph = z.string().trim().min(1).max(2_000);

export const methodSchema = z
  .object({
    format: z.literal('cotutor-method'),
    version: z.literal(1),
    id: z.string().regex(/^[a-z0-9-]+$/),
    name: z.string().trim().min(1).max(LIMITS.maxTitleLength),
    /** What it is, in two or three sentences. */
    summary: paragraph,
    /** When a teacher educator reaches for it, and when not. */
    whenToUse: paragraph,
    /** The programs' themes it serves best (the library's theme filter). */
    themes: z.array(z.enum(THEMES)).min(1),
    /** The type of the session it makes. */
    blockType: z.enum(SESSION_TYPES),
    /** The usual length in minutes; the stages add up to a length inside it. */
    duration: z
      .object({
        min: z.number().int().min(1).max(LIMITS.minutesPerDay),
        max: z.number().int().min(1).max(LIMITS.minutesPerDay),
      })
      .strict()
      .refine((range) => range.min <= range.max, 'min is more than max'),
    /** The interaction patterns it uses, the main one first. */
    interactions: z.array(z.enum(INTERACTION_PATTERNS)).min(1),
    /** The learning types it gives time to, the main one first. */
    learningTypes: z.array(z.enum(LEARNING_TYPES)).min(1),
    /** What to prepare, one item per entry. */
    materials: z.array(line),
    stages: z.array(templateStageSchema).min(1).max(30),
  })
  .strict()
  .superRefine((method, context) => {
    const total = method.stages.reduce((sum, stage) => sum + stage.minutes, 0);
    if (total < method.duration.min || total > method.duration.max) {
      context.addIssue({
        code: 'custom',
        path: ['stages'],
        message: `the stages take ${total} minutes, outside ${method.duration.min}–${method.duration.max}`,
      });
    }
    const used = (values: readonly string[], key: 'interaction' | 'learningType') =>
      values.filter((value) => !method.stages.some((stage) => stage[key] === value));
    for (const missing of used(method.interactions, 'interaction')) {
      context.addIssue({
        code: 'custom',
        path: ['interactions'],
        message: `no stage is ${missing}`,
      });
    }
    for (const missing of used(method.learningTypes, 'learningType')) {
      context.addIssue({
        code: 'custom',
        path: ['learningTypes'],
        message: `no stage is ${missing}`,
      });
    }
  });

export type Method = z.infer<typeof methodSchema>;
