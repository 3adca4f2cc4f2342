import * as Y from 'yjs';

import { rootOf } from '../../../shared/model/layout';
import { edit, type EditMaker, LOCAL } from './edit';

/**
 * Undo and redo as the app offers them: one UndoManager over the whole program
 * that tracks only this user's edits (renderer/src/program/program-session.ts).
 * Undo is a second writer of old values, which makes it a good source of
 * conflicts: it can bring back a block whose day is gone, or text into a
 * paragraph someone else removed.
 */
const managers = new WeakMap<Y.Doc, Y.UndoManager>();

/** Starts this replica's undo history (from its current state). */
export function trackUndo(doc: Y.Doc): void {
  // Each edit its own undo step: the app's 500 ms grouping would merge all of a
  // round's edits, which run within microseconds here.
  managers.set(
    doc,
    new Y.UndoManager(rootOf(doc), { trackedOrigins: new Set([LOCAL]), captureTimeout: 0 }),
  );
}

export const undoEdits: Record<string, EditMaker> = {
  undo(_rng, doc) {
    if (managers.get(doc)?.canUndo() !== true) return null;
    return edit('undo', (target) => managers.get(target)?.undo());
  },

  redo(_rng, doc) {
    if (managers.get(doc)?.canRedo() !== true) return null;
    return edit('redo', (target) => managers.get(target)?.redo());
  },
};
