import * as Y from 'yjs';

import {
  type BlockFields,
  type CoTutorFields,
  type DayFields,
  rootOf,
  type StageFields,
} from './layout';
import { initialRanks } from './order';
import { richTextToXml } from './rich-text/encode';
import { PROGRAM_RICH_FIELDS, SCHEMA_VERSION, SESSION_RICH_FIELDS } from './schema';
import type { Block, Program, Stage } from './types';
import { newRecord, type YRecord } from './y-record';

/**
 * Writes a whole program into an empty document in one transaction. Everything a
 * program or block can hold is created here, so no editor ever bootstraps content
 * and two clients never each insert a first paragraph.
 */
export function createProgram(doc: Y.Doc, program: Program, origin: unknown = null): void {
  doc.transact(() => {
    const root = rootOf(doc);
    if (root.size > 0) throw new Error('The document already holds a program.');
    root.set('schemaVersion', SCHEMA_VERSION);
    root.set('programId', program.id);
    root.set('meta', newRecord({ ...program.meta }));
    root.set('text', textMap(PROGRAM_RICH_FIELDS, program.text));

    const coTutors = new Y.Map<Y.Map<unknown>>();
    const tutorRanks = initialRanks(program.coTutors.length);
    program.coTutors.forEach((tutor, index) => {
      coTutors.set(
        tutor.id,
        newRecord<CoTutorFields>({
          rank: tutorRanks[index] ?? '',
          name: tutor.name,
          institution: tutor.institution,
          role: tutor.role,
        }),
      );
    });
    root.set('coTutors', coTutors);

    const days = new Y.Map<Y.Map<unknown>>();
    const blocks = new Y.Map<Y.Map<unknown>>();
    const dayRanks = initialRanks(program.days.length);
    program.days.forEach((day, index) => {
      days.set(
        day.id,
        newRecord<DayFields>({
          rank: dayRanks[index] ?? '',
          startMin: day.startMin,
          plannedEndMin: day.plannedEndMin,
        }),
      );
      const blockRanks = initialRanks(day.blocks.length);
      day.blocks.forEach((block, blockIndex) => {
        blocks.set(block.id, blockRecord(block, { dayId: day.id, rank: blockRanks[blockIndex] ?? '' }));
      });
    });
    root.set('days', days);
    root.set('blocks', blocks);
  }, origin);
}

/** A complete, not yet integrated block record: every field, every rich text. */
export function blockRecord(block: Block, placement: BlockFields['placement']): YRecord<BlockFields> {
  const facilitators = new Y.Map<true>();
  for (const id of block.facilitators) facilitators.set(id, true);
  const stages = new Y.Map<Y.Map<unknown>>();
  const stageRanks = initialRanks(block.stages.length);
  block.stages.forEach((stage, index) => stages.set(stage.id, stageRecord(stage, stageRanks[index] ?? '')));
  return newRecord<BlockFields>({
    placement,
    type: block.type,
    title: block.title,
    durationMin: block.durationMin,
    fixedStart: block.fixedStart,
    facilitators,
    location: block.location,
    cefr: block.cefr ?? '',
    targetGroup: block.targetGroup,
    workingLanguage: block.workingLanguage,
    priorLearning: block.priorLearning,
    nextStep: block.nextStep,
    prioritisedBarrier: block.prioritisedBarrier,
    text: textMap(SESSION_RICH_FIELDS, block.text),
    stages,
  });
}

export function stageRecord(stage: Stage, rank: string): YRecord<StageFields> {
  return newRecord<StageFields>({
    rank,
    phase: stage.phase,
    minutes: stage.minutes,
    facilitatorActions: stage.facilitatorActions,
    participantActions: stage.participantActions,
    interaction: stage.interaction,
    learningType: stage.learningType,
    resources: stage.resources,
  });
}

function textMap<K extends string>(
  fields: readonly K[],
  content: Partial<Record<K, Program['text'][keyof Program['text']]>>,
): Y.Map<Y.XmlText> {
  const map = new Y.Map<Y.XmlText>();
  for (const field of fields) map.set(field, richTextToXml(content[field] ?? []));
  return map;
}
