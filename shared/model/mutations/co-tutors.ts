import * as Y from 'yjs';

import { type CoTutorFields, requireParts } from '../layout';
import { moveRanked, rankForIndex, sortedEntries } from '../ranked-map';
import type { CoTutor } from '../types';
import { asRecord, newRecord } from '../y-record';
import { assertText } from './guards';

export function addCoTutor(doc: Y.Doc, tutor: CoTutor, origin: unknown): void {
  Object.values(tutor).forEach(assertText);
  doc.transact(() => {
    const coTutors = requireParts(doc).coTutors;
    const rank = rankForIndex(sortedEntries(coTutors), Number.MAX_SAFE_INTEGER, (id, next) =>
      coTutors.get(id)?.set('rank', next),
    );
    coTutors.set(
      tutor.id,
      newRecord<CoTutorFields>({ rank, name: tutor.name, institution: tutor.institution, role: tutor.role }),
    );
  }, origin);
}

export function setCoTutorField(
  doc: Y.Doc,
  coTutorId: string,
  field: 'name' | 'institution' | 'role',
  value: string,
  origin: unknown,
): void {
  assertText(value);
  doc.transact(() => {
    const tutor = requireParts(doc).coTutors.get(coTutorId);
    if (tutor instanceof Y.Map && tutor.get(field) !== value) asRecord<CoTutorFields>(tutor).set(field, value);
  }, origin);
}

export function moveCoTutor(doc: Y.Doc, coTutorId: string, index: number, origin: unknown): void {
  doc.transact(() => moveRanked(requireParts(doc).coTutors, coTutorId, index), origin);
}

/** Removes a co-tutor and takes them off every session they facilitated. */
export function removeCoTutor(doc: Y.Doc, coTutorId: string, origin: unknown): void {
  doc.transact(() => {
    const { coTutors, blocks } = requireParts(doc);
    coTutors.delete(coTutorId);
    blocks.forEach((block) => {
      const facilitators = block instanceof Y.Map ? block.get('facilitators') : undefined;
      if (facilitators instanceof Y.Map && facilitators.has(coTutorId)) facilitators.delete(coTutorId);
    });
  }, origin);
}
