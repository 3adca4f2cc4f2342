import * as Y from 'yjs';

import { coTutorRecord } from '../create';
import { requireParts } from '../layout';
import { moveRanked, rankForIndex, sortedEntries } from '../ranked-map';
import {
  CO_TUTOR_FIELDS,
  type FieldKey,
  type FieldValues,
  setStored,
  storedField,
} from '../records';
import type { CoTutor } from '../types';

export function addCoTutor(doc: Y.Doc, tutor: CoTutor, origin: unknown): void {
  const record = coTutorRecord(tutor, '');
  doc.transact(() => {
    const coTutors = requireParts(doc).coTutors;
    const rank = rankForIndex(sortedEntries(coTutors), Number.MAX_SAFE_INTEGER, (id, next) =>
      coTutors.get(id)?.set('rank', next),
    );
    record.set('rank', rank);
    coTutors.set(tutor.id, record);
  }, origin);
}

type CoTutorField = FieldKey<typeof CO_TUTOR_FIELDS>;

export function setCoTutorField<K extends CoTutorField>(
  doc: Y.Doc,
  coTutorId: string,
  field: K,
  value: FieldValues<typeof CO_TUTOR_FIELDS>[K],
  origin: unknown,
): void {
  const stored = storedField(CO_TUTOR_FIELDS, field, value);
  doc.transact(() => {
    const tutor = requireParts(doc).coTutors.get(coTutorId);
    if (tutor instanceof Y.Map) setStored(tutor, field, stored);
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
      if (facilitators instanceof Y.Map && facilitators.has(coTutorId))
        facilitators.delete(coTutorId);
    });
  }, origin);
}
