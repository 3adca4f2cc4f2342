import { blankProgram, newBlock, newDay, newStage } from '../../shared/model/defaults';
import type { Inline, RichBlock, RichText } from '../../shared/model/rich-text/types';
import {
  type BlockType,
  INTERACTION_PATTERNS,
  isBreakType,
  LEARNING_TYPES,
  SESSION_RICH_FIELDS,
  STAGE_PHASES,
} from '../../shared/model/schema';
import type { Block, Program, SessionText, Stage } from '../../shared/model/types';
import { mulberry32 } from '../support/random';
import {
  LIST_ITEMS,
  MODALS,
  OBJECTS,
  SESSION_TITLES,
  STAGE_RESOURCES,
  SUBJECTS,
  TAILS,
  VERBS,
} from './vocabulary';
import { programWords, richTextWords } from './word-count';

/**
 * The "large program" of docs/benchmarks.md: a full week (5 days × 12 blocks)
 * with every rich-text field of every block filled and stages in every session,
 * about 60,000 words. The same seed always gives the same program, ids included.
 */

export const DEFAULT_SEED = 20261122;
export const TARGET_WORDS = 60_000;

/** Each day: nine sessions ("S") around two coffee breaks and lunch. */
const DAY_SHAPE = 'S S break S S lunch S S break S S S'.split(' ') as (BlockType | 'S')[];
const SESSION_ROTATION = [
  ...(['input', 'workshop', 'micro-teaching', 'peer-feedback', 'visit'] as const),
  ...(['project-work', 'workshop', 'reflection', 'plenary', 'excursion'] as const),
] satisfies BlockType[];
const STAGE_SHARES = [0.1, 0.25, 0.3, 0.25, 0.1];

export type LargeProgram = {
  program: Program;
  seed: number;
  words: number;
  /** The first block of the first day that has a session plan (not a break). */
  firstSessionBlockId: string;
};

export function largeProgram(seed = DEFAULT_SEED, targetWords = TARGET_WORDS): LargeProgram {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const id = (): string => {
    const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
  };
  const sentence = (): string =>
    `${pick(SUBJECTS)} ${pick(MODALS)} ${pick(VERBS)} ${pick(OBJECTS)} ${pick(TAILS)}`;

  const program: Program = {
    ...blankProgram(
      {
        title: 'Benchmark week: CLIL for university lecturers',
        theme: 'clil',
        hostInstitution: 'Al-Farabi Kazakh National University',
        partnerInstitutions: ['University of Jyväskylä', 'Satbayev University'],
        venueCity: 'Almaty',
        languages: ['English', 'Kazakh', 'Russian'],
        expectedParticipants: 24,
      },
      0,
    ),
    id: id(),
    coTutors: ['Aigerim Nurlanovna', 'Jonas Virtanen', 'Dana Seitkali'].map((name) => ({
      id: id(),
      name,
      institution: name === 'Jonas Virtanen' ? 'University of Jyväskylä' : 'KazNU',
      role: 'Co-tutor',
    })),
  };
  program.text.learningOutcomes = [paragraph([sentence()]), list(3, () => pick(LIST_ITEMS))];

  let sessionIndex = 0;
  for (let day = 0; day < 5; day++) {
    const blocks = DAY_SHAPE.map((slot): Block => {
      const type =
        slot === 'S'
          ? (SESSION_ROTATION[sessionIndex++ % SESSION_ROTATION.length] ?? 'workshop')
          : slot;
      const isBreak = isBreakType(type);
      const block = newBlock(type, {
        title: pick(SESSION_TITLES[type] ?? ['Session']),
        durationMin: isBreak ? (type === 'lunch' ? 60 : 15) : 45,
        facilitators: isBreak ? [] : [pick(program.coTutors).id],
        location: isBreak ? 'Café, ground floor' : `Room ${100 + Math.floor(random() * 300)}`,
        cefr: isBreak ? null : 'B1',
        targetGroup: isBreak ? '' : 'University lecturers of STEM subjects',
        workingLanguage: isBreak ? '' : 'English, with Kazakh and Russian support',
        priorLearning: isBreak ? '' : sentence(),
        nextStep: isBreak ? '' : sentence(),
        prioritisedBarrier: isBreak ? '' : 'Academic vocabulary in English',
      });
      const stages = isBreak
        ? []
        : STAGE_PHASES.map((phase, index): Stage => ({
            ...newStage(phase, {
              minutes: Math.round(block.durationMin * (STAGE_SHARES[index] ?? 0.2)),
              facilitatorActions: sentence(),
              participantActions: sentence(),
              interaction: pick(INTERACTION_PATTERNS),
              learningType: pick(LEARNING_TYPES),
              resources: pick(STAGE_RESOURCES),
            }),
            id: id(),
          }));
      return { ...block, id: id(), stages };
    });
    program.days.push({ ...newDay({ plannedEndMin: 17 * 60 + 30 }), id: id(), blocks });
  }

  // Rich text last: each field gets an equal share of the words still to write,
  // varied by ±40 %, so the total lands close to the target whatever came before.
  const allBlocks = program.days.flatMap((day) => day.blocks);
  let fieldsLeft = allBlocks.length * SESSION_RICH_FIELDS.length;
  let words = programWords(program);
  for (const block of allBlocks) {
    const text = {} as SessionText;
    for (const field of SESSION_RICH_FIELDS) {
      const share = ((targetWords - words) / fieldsLeft) * (0.6 + random() * 0.8);
      const rich: RichText = [];
      let fieldWords = 0;
      while (fieldWords < share) {
        const part: RichBlock =
          rich.length % 2 === 0
            ? paragraph(
                Array.from({ length: 1 + Math.floor(random() * 3) }, sentence),
                random() < 0.3,
              )
            : list(3 + Math.floor(random() * 3), () => pick(LIST_ITEMS));
        rich.push(part);
        fieldWords += richTextWords([part]);
      }
      text[field] = rich;
      words += fieldWords;
      fieldsLeft--;
    }
    block.text = text;
  }
  const first = allBlocks.find((block) => !isBreakType(block.type));
  if (first === undefined) throw new Error('The large program has no session.');
  return { program, seed, words: programWords(program), firstSessionBlockId: first.id };
}

function paragraph(sentences: readonly string[], bold = false): RichBlock {
  const children: Inline[] = bold ? [{ text: 'Key point: ', bold: true }] : [];
  children.push({ text: sentences.join(' ') });
  return { type: 'paragraph', children };
}

function list(count: number, item: () => string): RichBlock {
  return {
    type: 'list',
    ordered: false,
    items: Array.from({ length: count }, () => ({ children: [{ text: item() }] })),
  };
}
