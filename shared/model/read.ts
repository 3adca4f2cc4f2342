import * as Y from 'yjs';

import * as coerce from './coerce';
import { emptyProgramText, emptySessionText } from './defaults';
import {
  type BlockFields,
  type CoTutorFields,
  type DayFields,
  requireParts,
  type StageFields,
  type YBlock,
} from './layout';
import { byRank } from './order';
import { isPlacement } from './placement';
import { readRichText } from './rich-text/decode';
import {
  AUDIENCES,
  BLOCK_TYPES,
  CEFR_LEVELS,
  INTERACTION_PATTERNS,
  LEARNING_TYPES,
  PROGRAM_RICH_FIELDS,
  SESSION_RICH_FIELDS,
  STAGE_PHASES,
  THEMES,
} from './schema';
import type { Block, CoTutor, Day, Program, ProgramMeta, Stage } from './types';
import {
  asRecord,
} from './y-record';

export type ReadOptions = {
  /** Decode every rich-text field (export, duplicate); the planner does not need them. */
  withText: boolean;
};

/** The whole program as plain data. */
export function readProgram(doc: Y.Doc, options: ReadOptions = { withText: true }): Program {
  const parts = requireParts(doc);
  const text = emptyProgramText();
  if (options.withText) {
    for (const field of PROGRAM_RICH_FIELDS) {
      const xml = parts.text.get(field);
      if (xml instanceof Y.XmlText) text[field] = readRichText(xml);
    }
  }
  return {
    id: coerce.text(parts.root.get('programId')),
    meta: readMeta(doc),
    text,
    coTutors: readCoTutors(doc),
    days: readDays(doc, options),
  };
}

export function readMeta(doc: Y.Doc): ProgramMeta {
  const meta = requireParts(doc).meta;
  const participants = meta.get('expectedParticipants');
  return {
    title: coerce.text(meta.get('title')),
    theme: coerce.oneOf(THEMES, meta.get('theme'), 'other'),
    hostInstitution: coerce.text(meta.get('hostInstitution')),
    partnerInstitutions: coerce.textList(meta.get('partnerInstitutions')),
    venueCity: coerce.text(meta.get('venueCity')),
    startDate: coerce.text(meta.get('startDate'), '2026-01-05'),
    timeZone: coerce.text(meta.get('timeZone'), 'UTC'),
    languages: coerce.textList(meta.get('languages')),
    audience: coerce.oneOf(AUDIENCES, meta.get('audience'), 'mixed'),
    expectedParticipants: typeof participants === 'number' && Number.isFinite(participants) ? participants : null,
  };
}

export function readCoTutors(doc: Y.Doc): CoTutor[] {
  const entries: (CoTutor & { rank: string })[] = [];
  requireParts(doc).coTutors.forEach((value, id) => {
    if (!(value instanceof Y.Map)) return;
    const tutor = asRecord<CoTutorFields>(value);
    entries.push({
      id,
      rank: coerce.text(tutor.get('rank')),
      name: coerce.text(tutor.get('name')),
      institution: coerce.text(tutor.get('institution')),
      role: coerce.text(tutor.get('role')),
    });
  });
  return entries.sort(byRank).map(({ rank: _rank, ...tutor }) => tutor);
}

/** Days in order, each with its blocks in order. */
export function readDays(doc: Y.Doc, options: ReadOptions = { withText: false }): Day[] {
  const parts = requireParts(doc);
  const days: (Day & { rank: string })[] = [];
  parts.days.forEach((value, id) => {
    if (!(value instanceof Y.Map)) return;
    const day = asRecord<DayFields>(value);
    days.push({
      id,
      rank: coerce.text(day.get('rank')),
      startMin: coerce.minutes(day.get('startMin'), 9 * 60),
      plannedEndMin: coerce.minutes(day.get('plannedEndMin'), 17 * 60),
      blocks: [],
    });
  });
  days.sort(byRank);
  const byDay = new Map(days.map((day) => [day.id, [] as { rank: string; block: Block }[]]));
  const lastDay = days[days.length - 1];
  parts.blocks.forEach((value, id) => {
    if (!(value instanceof Y.Map)) return;
    const block = asRecord<BlockFields>(value);
    const placement = block.get('placement');
    // A block whose day was removed concurrently is shown on the last day, by its
    // rank, rather than lost; repairPlacements (mutations/program.ts) moves it there for good.
    const list =
      (isPlacement(placement) ? byDay.get(placement.dayId) : undefined) ??
      (lastDay === undefined ? undefined : byDay.get(lastDay.id));
    list?.push({ rank: isPlacement(placement) ? placement.rank : '\uffff', block: readBlock(id, block, options) });
  });
  return days.map(({ rank: _rank, ...day }) => ({
    ...day,
    blocks: (byDay.get(day.id) ?? [])
      .map(({ rank, block }) => ({ id: block.id, rank, block }))
      .sort(byRank)
      .map(({ block }) => block),
  }));
}

export function readBlock(id: string, block: YBlock, options: ReadOptions = { withText: true }): Block {
  const text = emptySessionText();
  const textMap = block.get('text');
  if (options.withText && textMap instanceof Y.Map) {
    for (const field of SESSION_RICH_FIELDS) {
      const xml = textMap.get(field);
      if (xml instanceof Y.XmlText) text[field] = readRichText(xml);
    }
  }
  const facilitators = block.get('facilitators');
  const cefr = block.get('cefr');
  return {
    id,
    type: coerce.oneOf(BLOCK_TYPES, block.get('type'), 'workshop'),
    title: coerce.text(block.get('title')),
    durationMin: coerce.minutes(block.get('durationMin'), 0),
    fixedStart: coerce.optionalMinutes(block.get('fixedStart')),
    facilitators: facilitators instanceof Y.Map ? [...facilitators.keys()].sort() : [],
    location: coerce.text(block.get('location')),
    cefr: (CEFR_LEVELS as readonly unknown[]).includes(cefr) ? (cefr as Block['cefr']) : null,
    targetGroup: coerce.text(block.get('targetGroup')),
    workingLanguage: coerce.text(block.get('workingLanguage')),
    priorLearning: coerce.text(block.get('priorLearning')),
    nextStep: coerce.text(block.get('nextStep')),
    prioritisedBarrier: coerce.text(block.get('prioritisedBarrier')),
    text,
    stages: readStages(block),
  };
}

export function readStages(block: YBlock): Stage[] {
  const stages = block.get('stages');
  if (!(stages instanceof Y.Map)) return [];
  const entries: (Stage & { rank: string })[] = [];
  stages.forEach((value, id) => {
    if (!(value instanceof Y.Map)) return;
    const stage = asRecord<StageFields>(value);
    entries.push({
      id,
      rank: coerce.text(stage.get('rank')),
      phase: coerce.oneOf(STAGE_PHASES, stage.get('phase'), 'input'),
      minutes: coerce.minutes(stage.get('minutes'), 0),
      facilitatorActions: coerce.text(stage.get('facilitatorActions')),
      participantActions: coerce.text(stage.get('participantActions')),
      interaction: coerce.oneOf(INTERACTION_PATTERNS, stage.get('interaction'), 'whole-group'),
      learningType: coerce.oneOf(LEARNING_TYPES, stage.get('learningType'), 'acquisition'),
      resources: coerce.text(stage.get('resources')),
    });
  });
  return entries.sort(byRank).map(({ rank: _rank, ...stage }) => stage);
}
