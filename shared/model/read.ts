import * as Y from 'yjs';

import * as coerce from './coerce';
import { emptyProgramText, emptySessionText } from './defaults';
import { requireParts, type YBlock } from './layout';
import { byRank } from './order';
import { isPlacement } from './placement';
import {
  BLOCK_FIELDS,
  CO_TUTOR_FIELDS,
  DAY_FIELDS,
  META_FIELDS,
  readFields,
  STAGE_FIELDS,
} from './records';
import { readRichText } from './rich-text/decode';
import { PROGRAM_RICH_FIELDS, SESSION_RICH_FIELDS } from './schema';
import type { Block, CoTutor, Day, Program, ProgramMeta, Stage } from './types';

/**
 * Readers of the whole program and its parts. Plain fields are read through
 * their tables (records/), so a value from another client, an older version or
 * a damaged file reads as its field's default or nearest allowed value, never
 * as something the writer would refuse.
 */

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
  return readFields(META_FIELDS, requireParts(doc).meta);
}

export function readCoTutors(doc: Y.Doc): CoTutor[] {
  const entries: (CoTutor & { rank: string })[] = [];
  requireParts(doc).coTutors.forEach((tutor, id) => {
    if (!(tutor instanceof Y.Map)) return;
    entries.push({
      id,
      rank: coerce.text(tutor.get('rank')),
      ...readFields(CO_TUTOR_FIELDS, tutor),
    });
  });
  return entries.sort(byRank).map(({ rank: _rank, ...tutor }) => tutor);
}

/** Days in order, each with its blocks in order. */
export function readDays(doc: Y.Doc, options: ReadOptions = { withText: false }): Day[] {
  const parts = requireParts(doc);
  const days: (Day & { rank: string })[] = [];
  parts.days.forEach((day, id) => {
    if (!(day instanceof Y.Map)) return;
    days.push({
      id,
      rank: coerce.text(day.get('rank')),
      ...readFields(DAY_FIELDS, day),
      blocks: [],
    });
  });
  days.sort(byRank);
  const byDay = new Map(days.map((day) => [day.id, [] as { rank: string; block: Block }[]]));
  const lastDay = days[days.length - 1];
  parts.blocks.forEach((block, id) => {
    if (!(block instanceof Y.Map)) return;
    const placement = block.get('placement');
    // A block whose day was removed concurrently is shown on the last day, by its
    // rank, rather than lost; repairPlacements (mutations/program.ts) moves it there for good.
    const list =
      (isPlacement(placement) ? byDay.get(placement.dayId) : undefined) ??
      (lastDay === undefined ? undefined : byDay.get(lastDay.id));
    list?.push({
      rank: isPlacement(placement) ? placement.rank : '\uffff',
      block: readBlock(id, block, options),
    });
  });
  return days.map(({ rank: _rank, ...day }) => ({
    ...day,
    blocks: (byDay.get(day.id) ?? [])
      .map(({ rank, block }) => ({ id: block.id, rank, block }))
      .sort(byRank)
      .map(({ block }) => block),
  }));
}

export function readBlock(
  id: string,
  block: YBlock | Y.Map<unknown>,
  options: ReadOptions = { withText: true },
): Block {
  const text = emptySessionText();
  const textMap = block.get('text');
  if (options.withText && textMap instanceof Y.Map) {
    for (const field of SESSION_RICH_FIELDS) {
      const xml = textMap.get(field);
      if (xml instanceof Y.XmlText) text[field] = readRichText(xml);
    }
  }
  const facilitators = block.get('facilitators');
  return {
    id,
    ...readFields(BLOCK_FIELDS, block),
    facilitators: facilitators instanceof Y.Map ? [...facilitators.keys()].sort() : [],
    text,
    stages: readStages(block),
  };
}

export function readStages(block: YBlock | Y.Map<unknown>): Stage[] {
  const stages = block.get('stages');
  if (!(stages instanceof Y.Map)) return [];
  const entries: (Stage & { rank: string })[] = [];
  stages.forEach((stage, id) => {
    if (!(stage instanceof Y.Map)) return;
    entries.push({ id, rank: coerce.text(stage.get('rank')), ...readFields(STAGE_FIELDS, stage) });
  });
  return entries.sort(byRank).map(({ rank: _rank, ...stage }) => stage);
}
