import * as Y from 'yjs';

import { partsOf } from './layout';
import { isPlacement } from './placement';
import {
  BLOCK_FIELDS,
  CO_TUTOR_FIELDS,
  DAY_FIELDS,
  fieldFaults,
  type FieldTable,
  META_FIELDS,
  STAGE_FIELDS,
} from './records';
import { PROGRAM_RICH_FIELDS, SESSION_RICH_FIELDS } from './schema';

/**
 * Everything that must hold in any replica of a program, whatever edits merged
 * into it: each record whole, each plain value one the writer could have written
 * (its table's kind and range, records/), each block on an existing day, each
 * rich text in place. Returns the problems found, empty when the document is sound.
 */
export function programProblems(doc: Y.Doc): string[] {
  const parts = partsOf(doc);
  if (parts === null) return ['the document holds no program'];
  const problems: string[] = [];
  const check = (name: string, table: FieldTable, record: Y.Map<unknown>) => {
    for (const [field, fault] of fieldFaults(table, record))
      problems.push(`${name} field ${field} is ${fault}`);
  };
  const checkRanked = (name: string, table: FieldTable, record: unknown) => {
    if (!(record instanceof Y.Map)) {
      problems.push(`${name} is not a map`);
      return;
    }
    if (typeof record.get('rank') !== 'string') problems.push(`${name} has no rank`);
    check(name, table, record);
  };

  check('program meta', META_FIELDS, parts.meta);
  for (const field of PROGRAM_RICH_FIELDS) {
    if (!(parts.text.get(field) instanceof Y.XmlText))
      problems.push(`program text ${field} missing`);
  }
  parts.coTutors.forEach((tutor, id) => checkRanked(`co-tutor ${id}`, CO_TUTOR_FIELDS, tutor));
  parts.days.forEach((day, id) => checkRanked(`day ${id}`, DAY_FIELDS, day));
  parts.blocks.forEach((block, id) => {
    if (!(block instanceof Y.Map)) {
      problems.push(`block ${id} is not a map`);
      return;
    }
    const placement = block.get('placement');
    if (!isPlacement(placement)) problems.push(`block ${id} has no placement`);
    else if (!parts.days.has(placement.dayId)) problems.push(`block ${id} is on a missing day`);
    check(`block ${id}`, BLOCK_FIELDS, block);
    if (!(block.get('facilitators') instanceof Y.Map))
      problems.push(`block ${id} has no facilitators`);
    const stages = block.get('stages');
    if (stages instanceof Y.Map) {
      stages.forEach((stage, stageId) =>
        checkRanked(`block ${id} stage ${stageId}`, STAGE_FIELDS, stage),
      );
    } else {
      problems.push(`block ${id} has no stages`);
    }
    const text = block.get('text');
    for (const field of SESSION_RICH_FIELDS) {
      if (!(text instanceof Y.Map) || !(text.get(field) instanceof Y.XmlText)) {
        problems.push(`block ${id} text ${field} missing`);
      }
    }
  });
  return problems;
}
