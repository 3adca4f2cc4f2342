import { newBlock, newStage } from '../../shared/model/defaults';
import { type Stage } from '../../shared/model/records/stage';
import type { Inline, RichBlock, RichText } from '../../shared/model/rich-text/types';
import {
  AUDIENCES,
  BLOCK_TYPES,
  CEFR_LEVELS,
  INTERACTION_PATTERNS,
  LEARNING_TYPES,
  SESSION_RICH_FIELDS,
  STAGE_PHASES,
  THEMES,
} from '../../shared/model/schema';
import { type Block } from '../../shared/model/types';
import { nextId } from './ids';
import { type Rng, someText } from './random';

/**
 * Valid values for every field (the mutations throw RangeError on invalid ones,
 * which would be a bug in the fuzz, not a finding).
 */

export function duration(rng: Rng): number {
  return rng.chance(0.7) ? rng.pick([0, 15, 30, 45, 60, 90, 120]) : rng.int(0, 24 * 60);
}

export function clock(rng: Rng): number {
  return rng.chance(0.7) ? rng.int(0, 95) * 15 : rng.int(0, 24 * 60 - 1);
}

export function fixedStart(rng: Rng): number | null {
  return rng.chance(0.5) ? null : clock(rng);
}

export const title = (rng: Rng): string => someText(rng, 0, 12);
export const shortText = (rng: Rng): string => someText(rng, 0, 5);
export const cefr = (rng: Rng) => (rng.chance(0.3) ? null : rng.pick(CEFR_LEVELS));
export const blockType = (rng: Rng) => rng.pick(BLOCK_TYPES);
export const phase = (rng: Rng) => rng.pick(STAGE_PHASES);
export const interaction = (rng: Rng) => rng.pick(INTERACTION_PATTERNS);
export const learningType = (rng: Rng) => rng.pick(LEARNING_TYPES);
export const theme = (rng: Rng) => rng.pick(THEMES);
export const audience = (rng: Rng) => rng.pick(AUDIENCES);

export function stage(rng: Rng): Stage {
  return {
    ...newStage(phase(rng), {
      minutes: rng.int(0, 60),
      facilitatorActions: shortText(rng),
      participantActions: shortText(rng),
      interaction: interaction(rng),
      learningType: learningType(rng),
      resources: shortText(rng),
    }),
    id: nextId(),
  };
}

/** A whole block with fresh ids, some stages, facilitators and rich text. */
export function block(rng: Rng, coTutorIds: readonly string[]): Block {
  // Taken first, so that a block's id is the first of its edit's ids (c2.17.0).
  const id = nextId();
  const text: Partial<Block['text']> = {};
  for (const field of SESSION_RICH_FIELDS) if (rng.chance(0.15)) text[field] = richText(rng);
  return {
    ...newBlock(blockType(rng), {
      title: title(rng),
      durationMin: duration(rng),
      fixedStart: rng.chance(0.2) ? clock(rng) : null,
      facilitators: coTutorIds.filter(() => rng.chance(0.4)),
      location: shortText(rng),
      cefr: cefr(rng),
      stages: Array.from({ length: rng.int(0, 3) }, () => stage(rng)),
      // newBlock fills the fields not given with empty rich text.
      text: text as Block['text'],
    }),
    id,
  };
}

/** Content in every shape the editor offers: paragraphs, headings, lists, marks, links, line breaks. */
export function richText(rng: Rng): RichText {
  return Array.from({ length: rng.int(1, 3) }, (): RichBlock => {
    switch (rng.int(0, 3)) {
      case 0:
        return { type: 'heading', level: rng.pick([1, 2, 3] as const), children: inlines(rng) };
      case 1:
        return {
          type: 'list',
          ordered: rng.chance(0.5),
          items: Array.from({ length: rng.int(1, 3) }, () => ({ children: inlines(rng) })),
        };
      default:
        return { type: 'paragraph', children: inlines(rng) };
    }
  });
}

function inlines(rng: Rng): Inline[] {
  return Array.from({ length: rng.int(0, 3) }, () =>
    rng.chance(0.2)
      ? {
          link: rng.pick(['https://example.org/clil', 'mailto:tutor@example.org']),
          children: [{ text: someText(rng, 1, 3) }],
        }
      : {
          text: someText(rng, 1, 4) + (rng.chance(0.1) ? '\n' + someText(rng, 1, 2) : ''),
          bold: rng.chance(0.3),
          italic: rng.chance(0.2),
        },
  );
}
