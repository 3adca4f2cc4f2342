import { newId } from './ids';
import { BLOCK_FIELDS, DAY_FIELDS, initialFields, META_FIELDS, STAGE_FIELDS } from './records';
import type { RichText } from './rich-text/types';
import {
  type BlockType,
  PROGRAM_RICH_FIELDS,
  type ProgramRichField,
  SESSION_RICH_FIELDS,
  type StagePhase,
} from './schema';
import type { Block, Day, Program, ProgramMeta, SessionText, Stage } from './types';

/** How long a new block of a type lasts, where that differs from its table's initial value. */
const INITIAL_DURATION: Partial<Record<BlockType, number>> = { break: 15, lunch: 60 };

/** Every field of a new block, so that a block is always created whole. */
export function newBlock(type: BlockType, fields: Partial<Omit<Block, 'id'>> = {}): Block {
  return {
    id: newId(),
    ...initialFields(BLOCK_FIELDS, { type, durationMin: INITIAL_DURATION[type], ...fields }),
    facilitators: fields.facilitators ?? [],
    stages: fields.stages ?? [],
    text: { ...emptySessionText(), ...fields.text },
  };
}

export function emptySessionText(): SessionText {
  return Object.fromEntries(
    SESSION_RICH_FIELDS.map((field) => [field, [] as RichText]),
  ) as SessionText;
}

export function emptyProgramText(): Record<ProgramRichField, RichText> {
  return Object.fromEntries(PROGRAM_RICH_FIELDS.map((field) => [field, [] as RichText])) as Record<
    ProgramRichField,
    RichText
  >;
}

export function newStage(phase: StagePhase, fields: Partial<Omit<Stage, 'id'>> = {}): Stage {
  return { id: newId(), ...initialFields(STAGE_FIELDS, { phase, ...fields }) };
}

export function newDay(fields: Partial<Omit<Day, 'id'>> = {}): Day {
  return { id: newId(), ...initialFields(DAY_FIELDS, fields), blocks: fields.blocks ?? [] };
}

export function defaultMeta(fields: Partial<ProgramMeta> = {}): ProgramMeta {
  return initialFields(META_FIELDS, fields);
}

/** A blank program: five empty days and nothing else to clear away. */
export function blankProgram(meta: Partial<ProgramMeta> = {}, days = 5): Program {
  return {
    id: newId(),
    meta: defaultMeta(meta),
    text: emptyProgramText(),
    coTutors: [],
    days: Array.from({ length: days }, () => newDay()),
  };
}
