import * as Y from 'yjs';

import {
  type BlockFields,
  type CoTutorFields,
  type DayFields,
  rootOf,
  type StageFields,
} from './layout';
import { initialRanks } from './order';
import {
  BLOCK_FIELDS,
  CO_TUTOR_FIELDS,
  DAY_FIELDS,
  META_FIELDS,
  STAGE_FIELDS,
  storedFields,
} from './records';
import { richTextToXml } from './rich-text/encode';
import { PROGRAM_RICH_FIELDS, SCHEMA_VERSION, SESSION_RICH_FIELDS } from './schema';
import type { Block, CoTutor, Program, Stage } from './types';
import { newRecord, type YRecord } from './y-record';

/**
 * Writes a whole program into an empty document in one transaction. Everything a
 * program or block can hold is created here, so no editor ever bootstraps content
 * and two clients never each insert a first paragraph. Every plain value passes
 * its field's guard (records/), so a new document has no problem to report.
 */
export function createProgram(doc: Y.Doc, program: Program, origin: unknown = null): void {
  doc.transact(() => {
    const root = rootOf(doc);
    if (root.size > 0) throw new Error('The document already holds a program.');
    root.set('schemaVersion', SCHEMA_VERSION);
    root.set('programId', program.id);
    root.set('meta', newRecord(storedFields(META_FIELDS, program.meta)));
    root.set('text', textMap(PROGRAM_RICH_FIELDS, program.text));

    const coTutors = new Y.Map<Y.Map<unknown>>();
    const tutorRanks = initialRanks(program.coTutors.length);
    program.coTutors.forEach((tutor, index) =>
      coTutors.set(tutor.id, coTutorRecord(tutor, tutorRanks[index] ?? '')),
    );
    root.set('coTutors', coTutors);

    const days = new Y.Map<Y.Map<unknown>>();
    const blocks = new Y.Map<Y.Map<unknown>>();
    const dayRanks = initialRanks(program.days.length);
    program.days.forEach((day, index) => {
      days.set(
        day.id,
        newRecord<DayFields>({ rank: dayRanks[index] ?? '', ...storedFields(DAY_FIELDS, day) }),
      );
      const blockRanks = initialRanks(day.blocks.length);
      day.blocks.forEach((block, blockIndex) => {
        blocks.set(
          block.id,
          blockRecord(block, { dayId: day.id, rank: blockRanks[blockIndex] ?? '' }),
        );
      });
    });
    root.set('days', days);
    root.set('blocks', blocks);
  }, origin);
}

/** A complete, not yet integrated block record: every field, every rich text. Throws RangeError on a value the writer refuses. */
export function blockRecord(
  block: Block,
  placement: BlockFields['placement'],
): YRecord<BlockFields> {
  const plain = storedFields(BLOCK_FIELDS, block);
  const facilitators = new Y.Map<true>();
  for (const id of block.facilitators) facilitators.set(id, true);
  const stages = new Y.Map<Y.Map<unknown>>();
  const stageRanks = initialRanks(block.stages.length);
  block.stages.forEach((stage, index) =>
    stages.set(stage.id, stageRecord(stage, stageRanks[index] ?? '')),
  );
  return newRecord<BlockFields>({
    placement,
    ...plain,
    facilitators,
    text: textMap(SESSION_RICH_FIELDS, block.text),
    stages,
  });
}

export function stageRecord(stage: Stage, rank: string): YRecord<StageFields> {
  return newRecord<StageFields>({ rank, ...storedFields(STAGE_FIELDS, stage) });
}

export function coTutorRecord(tutor: CoTutor, rank: string): YRecord<CoTutorFields> {
  return newRecord<CoTutorFields>({ rank, ...storedFields(CO_TUTOR_FIELDS, tutor) });
}

function textMap<K extends string>(
  fields: readonly K[],
  content: Partial<Record<K, Program['text'][keyof Program['text']]>>,
): Y.Map<Y.XmlText> {
  const map = new Y.Map<Y.XmlText>();
  for (const field of fields) map.set(field, richTextToXml(content[field] ?? []));
  return map;
}
