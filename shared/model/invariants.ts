import * as Y from 'yjs';

import { partsOf } from './layout';
import { isPlacement } from './placement';
import { PROGRAM_RICH_FIELDS, SESSION_RICH_FIELDS } from './schema';

const BLOCK_SCALARS: Record<string, (value: unknown) => boolean> = {
  type: (v) => typeof v === 'string',
  title: (v) => typeof v === 'string',
  durationMin: (v) => typeof v === 'number',
  fixedStart: (v) => v === null || typeof v === 'number',
  location: (v) => typeof v === 'string',
  cefr: (v) => typeof v === 'string',
  targetGroup: (v) => typeof v === 'string',
  workingLanguage: (v) => typeof v === 'string',
  priorLearning: (v) => typeof v === 'string',
  nextStep: (v) => typeof v === 'string',
  prioritisedBarrier: (v) => typeof v === 'string',
};

/**
 * Everything that must hold in any replica of a program, whatever edits merged
 * into it: each block whole and on an existing day, each rich text in place.
 * Returns the problems found, empty when the document is sound.
 */
export function programProblems(doc: Y.Doc): string[] {
  const parts = partsOf(doc);
  if (parts === null) return ['the document holds no program'];
  const problems: string[] = [];
  for (const field of PROGRAM_RICH_FIELDS) {
    if (!(parts.text.get(field) instanceof Y.XmlText)) problems.push(`program text ${field} missing`);
  }
  parts.blocks.forEach((block, id) => {
    if (!(block instanceof Y.Map)) {
      problems.push(`block ${id} is not a map`);
      return;
    }
    const placement = block.get('placement');
    if (!isPlacement(placement)) problems.push(`block ${id} has no placement`);
    else if (!parts.days.has(placement.dayId)) problems.push(`block ${id} is on a missing day`);
    for (const [field, valid] of Object.entries(BLOCK_SCALARS)) {
      if (!valid(block.get(field))) problems.push(`block ${id} field ${field} is invalid`);
    }
    if (!(block.get('facilitators') instanceof Y.Map)) problems.push(`block ${id} has no facilitators`);
    if (!(block.get('stages') instanceof Y.Map)) problems.push(`block ${id} has no stages`);
    const text = block.get('text');
    for (const field of SESSION_RICH_FIELDS) {
      if (!(text instanceof Y.Map) || !(text.get(field) instanceof Y.XmlText)) {
        problems.push(`block ${id} text ${field} missing`);
      }
    }
  });
  return problems;
}
