import * as Y from 'yjs';

import { restoreProgram, restoreSession } from '../../../shared/history/restore';
import { programProblems } from '../../../shared/model/invariants';
import { readDays } from '../../../shared/model/read';
import { edit, type EditMaker, LOCAL } from './edit';

/**
 * Restoring as the history screens do: the whole program, or one session, put
 * back as it was in an earlier state of this replica (a version), while the
 * other co-tutors go on editing. The versions are the replica's own sound
 * states, taken now and then as its edits are chosen.
 */
const versions = new WeakMap<Y.Doc, Uint8Array[]>();

/** Keeps the replica's state as a version, now and then; the most kept is small, as a version list is. */
function keepVersion(doc: Y.Doc): Uint8Array[] {
  const kept = versions.get(doc) ?? [];
  versions.set(doc, kept);
  if (programProblems(doc).length === 0) {
    kept.push(Y.encodeStateAsUpdate(doc));
    if (kept.length > 4) kept.shift();
  }
  return kept;
}

function decoded(version: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, version);
  return doc;
}

/** Whether `version` is a state `doc` went through; a shrunk replay may apply an edit where it is not. */
function isEarlierState(doc: Y.Doc, version: Y.Doc): boolean {
  const now = Y.decodeStateVector(Y.encodeStateVector(doc));
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(version))) {
    if ((now.get(client) ?? 0) < clock) return false;
  }
  return true;
}

export const restoreEdits: Record<string, EditMaker> = {
  restoreProgram(rng, doc) {
    const kept = keepVersion(doc);
    if (kept.length < 2) return null;
    const index = rng.int(0, kept.length - 2);
    const version = kept[index]!;
    return edit(`restoreProgram to version ${index} of ${kept.length}`, (target) => {
      const old = decoded(version);
      if (isEarlierState(target, old)) restoreProgram(target, old, LOCAL);
      old.destroy();
    });
  },

  restoreSession(rng, doc) {
    const kept = keepVersion(doc);
    if (kept.length < 2) return null;
    const index = rng.int(0, kept.length - 2);
    const version = kept[index]!;
    const old = decoded(version);
    const blocks = readDays(old).flatMap((day) => day.blocks);
    old.destroy();
    if (blocks.length === 0) return null;
    const blockId = rng.pick(blocks).id;
    return edit(`restoreSession ${blockId} to version ${index} of ${kept.length}`, (target) => {
      const state = decoded(version);
      restoreSession(target, state, blockId, LOCAL);
      state.destroy();
    });
  },
};
