import * as Y from 'yjs';

import { requireParts } from '../../shared/model/layout';
import { readProgram } from '../../shared/model/read';
import { LIMITS } from '../../shared/model/schema';
import { type Program } from '../../shared/model/types';
import { richTexts } from './checks';
import { danglingCharacters, textHolders, topElements } from './rich-layout';

/**
 * Results of concurrent edits that are allowed (every replica still agrees and
 * every reader copes) but worth seeing in numbers: if one of them never happens,
 * the fuzz is not exercising that conflict.
 */
export type Outcomes = Record<string, number>;

export function outcomesOf(doc: Y.Doc): Outcomes {
  const program = readProgram(doc);
  const parts = requireParts(doc);
  const tutors = new Set(program.coTutors.map((tutor) => tutor.id));
  let dangling = 0;
  let emptyFields = 0;
  for (const [, xml] of richTexts(doc)) {
    if (topElements(xml).length === 0) emptyFields++;
    for (const holder of textHolders(xml)) dangling += danglingCharacters(holder.element);
  }
  return {
    // docs/file-format.md: concurrent inserts at one place share a rank; the id orders them.
    'days sharing a rank': sharedRanks(parts.days),
    'blocks sharing a rank': program.days.reduce((sum, day) => sum + sharedBlockRanks(doc, day), 0),
    'stages sharing a rank': sumOverBlocks(parts.blocks, (stages) => sharedRanks(stages)),
    'co-tutors sharing a rank': sharedRanks(parts.coTutors),
    'more days than LIMITS.maxDays': program.days.length > LIMITS.maxDays ? 1 : 0,
    'facilitators no longer co-tutors': program.days
      .flatMap((day) => day.blocks)
      .reduce((sum, block) => sum + block.facilitators.filter((id) => !tutors.has(id)).length, 0),
    'characters outside a text run': dangling,
    'fields without a paragraph': emptyFields,
  };
}

function sharedRanks(map: Y.Map<Y.Map<unknown>>): number {
  const ranks: unknown[] = [];
  map.forEach((entry) => ranks.push(entry.get('rank')));
  return ranks.length - new Set(ranks).size;
}

function sharedBlockRanks(doc: Y.Doc, day: Program['days'][number]): number {
  const blocks = requireParts(doc).blocks;
  const ranks = day.blocks.map((block) => {
    const placement = blocks.get(block.id)?.get('placement') as { rank?: unknown } | undefined;
    return placement?.rank;
  });
  return ranks.length - new Set(ranks).size;
}

function sumOverBlocks(
  blocks: Y.Map<Y.Map<unknown>>,
  count: (stages: Y.Map<Y.Map<unknown>>) => number,
): number {
  let sum = 0;
  blocks.forEach((block) => {
    const stages = block.get('stages');
    if (stages instanceof Y.Map) sum += count(stages as Y.Map<Y.Map<unknown>>);
  });
  return sum;
}

export function addOutcomes(total: Outcomes, more: Outcomes): void {
  for (const [key, count] of Object.entries(more)) total[key] = (total[key] ?? 0) + count;
}
