import { newId } from './ids';
import type { RichText } from './rich-text/types';
import {
  type BlockType,
  PROGRAM_RICH_FIELDS,
  type ProgramRichField,
  SESSION_RICH_FIELDS,
  type StagePhase,
} from './schema';
import type { Block, Day, Program, ProgramMeta, SessionText, Stage } from './types';

/** Every field of a new block, so that a block is always created whole. */
export function newBlock(type: BlockType, fields: Partial<Omit<Block, 'id'>> = {}): Block {
  return {
    id: newId(),
    type,
    title: '',
    durationMin: type === 'break' ? 15 : type === 'lunch' ? 60 : 90,
    fixedStart: null,
    facilitators: [],
    location: '',
    cefr: null,
    targetGroup: '',
    workingLanguage: '',
    priorLearning: '',
    nextStep: '',
    prioritisedBarrier: '',
    stages: [],
    ...fields,
    text: { ...emptySessionText(), ...fields.text },
  };
}

export function emptySessionText(): SessionText {
  return Object.fromEntries(SESSION_RICH_FIELDS.map((field) => [field, [] as RichText])) as SessionText;
}

export function emptyProgramText(): Record<ProgramRichField, RichText> {
  return Object.fromEntries(PROGRAM_RICH_FIELDS.map((field) => [field, [] as RichText])) as Record<
    ProgramRichField,
    RichText
  >;
}

export function newStage(phase: StagePhase, fields: Partial<Omit<Stage, 'id'>> = {}): Stage {
  return {
    id: newId(),
    phase,
    minutes: 10,
    facilitatorActions: '',
    participantActions: '',
    interaction: 'whole-group',
    learningType: 'acquisition',
    resources: '',
    ...fields,
  };
}

export const DEFAULT_DAY_START = 9 * 60;
export const DEFAULT_DAY_END = 17 * 60;

export function newDay(fields: Partial<Omit<Day, 'id'>> = {}): Day {
  return { id: newId(), startMin: DEFAULT_DAY_START, plannedEndMin: DEFAULT_DAY_END, blocks: [], ...fields };
}

export function defaultMeta(fields: Partial<ProgramMeta> = {}): ProgramMeta {
  return {
    title: '',
    theme: 'other',
    hostInstitution: '',
    partnerInstitutions: [],
    venueCity: '',
    startDate: '2026-01-05',
    timeZone: 'Asia/Almaty',
    languages: ['English'],
    audience: 'university',
    expectedParticipants: null,
    ...fields,
  };
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
