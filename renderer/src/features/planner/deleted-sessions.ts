import type * as Y from 'yjs';

import { restoreSession } from '../../../../shared/history/restore';
import { blockOf } from '../../../../shared/model/layout';
import { deleteBlock } from '../../../../shared/model/mutations/blocks';
import { isPlacement } from '../../../../shared/model/placement';
import { readBlock } from '../../../../shared/model/read';
import {
  type DeletedBy,
  type DeletedSession,
  recordDeletion,
  removeDeletion,
  sessionSnapshot,
  snapshotDocument,
} from '../../../../shared/review/deletions';
import { LOCAL_ORIGIN } from '../../program/origins';
import type { ProgramSession } from '../../program/program-session';

/** Changes to the review document's 'deletions' part made by this window. */
const DELETIONS_ORIGIN = Symbol('recently deleted');

/** Marks the undo step of a restore from the list with the entry it removed. */
const RESTORED_ENTRY = 'restored deletion';

/**
 * Deletes a session as this user's undoable edit and keeps it in "Recently
 * deleted" with who deleted it and when, so it can be brought back after the
 * undo history is gone (another day, another computer).
 */
export function deleteSessionKept(
  session: ProgramSession,
  blockId: string,
  by: DeletedBy,
  now: number,
): void {
  const block = blockOf(session.doc, blockId);
  const placement = block?.get('placement');
  // Read before deleting: a deleted record holds nothing any more.
  const content = sessionSnapshot(session.doc, blockId);
  const read = block === null ? null : readBlock(blockId, block, { withText: false });
  session.asOwnUndoStep(() => deleteBlock(session.doc, blockId, LOCAL_ORIGIN));
  if (read === null || content === null || !isPlacement(placement)) return;
  const { title, type } = read;
  const entry = {
    blockId,
    dayId: placement.dayId,
    title,
    type,
    deletedBy: by,
    deletedAt: now,
    content,
  };
  session.whenReviewLoaded(() => recordDeletion(session.review, entry, now, DELETIONS_ORIGIN));
}

/**
 * Puts a deleted session back on its day (or the nearest one left) as one undo
 * step of this user, and takes it off the list; undoing that step puts it back
 * on the list. Returns false when the entry's content cannot be read.
 */
export function restoreDeletedSession(session: ProgramSession, entry: DeletedSession): boolean {
  // Already back (an undo, or a co-tutor's restore): nothing to overwrite.
  if (blockOf(session.doc, entry.blockId) !== null) {
    removeDeletion(session.review, entry.blockId, DELETIONS_ORIGIN);
    return true;
  }
  const snapshot = snapshotDocument(entry);
  if (snapshot === null) return false;
  watchUndoneRestores(session);
  try {
    session.asOwnUndoStep(() => {
      restoreSession(session.doc, snapshot, entry.blockId, LOCAL_ORIGIN);
      session.undoManager.undoStack.at(-1)?.meta.set(RESTORED_ENTRY, entry);
    });
  } finally {
    snapshot.destroy();
  }
  removeDeletion(session.review, entry.blockId, DELETIONS_ORIGIN);
  return true;
}

const watched = new WeakSet<Y.UndoManager>();

/**
 * An undone restore deletes the session again, so its entry returns to the list;
 * a redo takes it off again. The entry moves with the step between the undo and
 * redo stacks.
 */
function watchUndoneRestores(session: ProgramSession): void {
  const manager = session.undoManager;
  if (watched.has(manager)) return;
  watched.add(manager);
  manager.on('stack-item-popped', ({ stackItem, type }) => {
    const entry = stackItem.meta.get(RESTORED_ENTRY) as DeletedSession | undefined;
    if (entry === undefined) return;
    const opposite = type === 'undo' ? manager.redoStack : manager.undoStack;
    opposite.at(-1)?.meta.set(RESTORED_ENTRY, entry);
    if (type === 'undo') recordDeletion(session.review, entry, Date.now(), DELETIONS_ORIGIN);
    else removeDeletion(session.review, entry.blockId, DELETIONS_ORIGIN);
  });
}
