import * as Y from 'yjs';

import { blockRecord } from '../model/create';
import { blocksOfDay } from '../model/day-blocks';
import { blockOf, requireParts, ROOT_NAME } from '../model/layout';
import { isPlacement, type Placement } from '../model/placement';
import { rankForIndex, sortedEntries } from '../model/ranked-map';
import { readBlock } from '../model/read';

/**
 * Restoring is an edit like any other (docs/history.md, "How restore works"):
 * the old state is rebuilt in a scratch document, the changes made since are
 * replayed there and undone, and what that undo wrote — new items and
 * deletions — is applied to the live document in one transaction. Co-tutors
 * receive it as an ordinary update, their concurrent edits merge with it, and
 * the live undo manager sees one step of whoever restored.
 */

/** Marks the replay of later changes in the scratch document, so its undo manager takes them as one step. */
const REPLAYED = Symbol('changes since the version');

/**
 * Puts the whole program back as it was in `old` (a version decoded into its own
 * Y.Doc), as one transaction with `origin` on the live document, so it reaches
 * every co-tutor as an ordinary edit and can be undone by whoever restored.
 */
export function restoreProgram(doc: Y.Doc, old: Y.Doc, origin: unknown): void {
  requireAncestor(doc, old);
  const revert = revertSince(doc, old, (scratch) => scratch.getMap(ROOT_NAME));
  if (revert !== null) Y.applyUpdate(doc, revert, origin);
}

/**
 * Puts one session back as it was in `old` — also one deleted since — onto its
 * day, or the nearest day that still exists, at its place. `old` is a version of
 * this program or a document holding just that block (a deleted session's
 * snapshot).
 */
export function restoreSession(doc: Y.Doc, old: Y.Doc, blockId: string, origin: unknown): void {
  const oldBlock = blockOf(old, blockId);
  if (oldBlock === null) throw new Error(`No session ${blockId} in the state to restore from.`);
  const live = blockOf(doc, blockId);
  if (live !== null && isAncestor(doc, old) && sameRecord(live, oldBlock)) {
    // The session is still the same record: undo the changes made inside it,
    // so co-tutors editing it meanwhile keep their open editors bound.
    const revert = revertSince(doc, old, (scratch) => blockOf(scratch, blockId));
    doc.transact(() => {
      if (revert !== null) Y.applyUpdate(doc, revert);
      const restored = blockOf(doc, blockId);
      const placement = restored?.get('placement');
      if (
        restored !== null &&
        isPlacement(placement) &&
        !requireParts(doc).days.has(placement.dayId)
      )
        restored.set('placement', placementIn(doc, old, blockId, placement));
    }, origin);
    return;
  }
  // Deleted since (or replaced by another record): it comes back as a new record
  // under its own id, with every field, text and stage it had.
  const block = readBlock(blockId, oldBlock, { withText: true });
  const placement = oldBlock.get('placement');
  const day = sortedEntries(requireParts(doc).days).pop();
  if (day === undefined) throw new Error('The program has no day to restore the session onto.');
  const wanted = isPlacement(placement) ? placement : { dayId: day.id, rank: 'a0' };
  doc.transact(() => {
    requireParts(doc).blocks.set(
      blockId,
      blockRecord(block, placementIn(doc, old, blockId, wanted)),
    );
  }, origin);
}

/**
 * The update that takes the live document back to `old` within the scope the
 * callback picks in the scratch copy, or null when nothing there changed since.
 * GC is off in the scratch copy, so everything `old` held is still there to bring
 * back, even what the live document has long collected.
 */
function revertSince(
  doc: Y.Doc,
  old: Y.Doc,
  scopeIn: (scratch: Y.Doc) => Y.Map<unknown> | null,
): Uint8Array | null {
  const scratch = new Y.Doc({ gc: false });
  try {
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(old));
    const scope = scopeIn(scratch);
    if (scope === null) return null;
    const undo = new Y.UndoManager(scope, { trackedOrigins: new Set([REPLAYED]) });
    Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc, Y.encodeStateVector(scratch)), REPLAYED);
    let revert: Uint8Array | null = null;
    scratch.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === undo) revert = update;
    });
    undo.undo();
    undo.destroy();
    return revert;
  } finally {
    scratch.destroy();
  }
}

/** A version is always a state this document went through; anything else would merge foreign content. */
function requireAncestor(doc: Y.Doc, old: Y.Doc): void {
  if (!isAncestor(doc, old))
    throw new Error('The version is not an earlier state of this program.');
}

function isAncestor(doc: Y.Doc, old: Y.Doc): boolean {
  const now = Y.decodeStateVector(Y.encodeStateVector(doc));
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(old))) {
    if ((now.get(client) ?? 0) < clock) return false;
  }
  return true;
}

/** Whether two documents hold the same block record (the same Yjs item), not one re-created under its id. */
function sameRecord(a: Y.Map<unknown>, b: Y.Map<unknown>): boolean {
  const left = a._item?.id;
  const right = b._item?.id;
  return left !== undefined && right !== undefined && Y.compareIDs(left, right);
}

/**
 * Where a restored block goes. On its own day its rank is kept, so it lands
 * between the neighbours it had; only a rank another block now holds is replaced
 * by one just after that block. When its day is gone it goes to the end of the
 * last day that came before it in `old` and still exists (days are removed from
 * the end of the week, so usually the new last day), as shortening the week
 * moves a removed day's blocks.
 */
function placementIn(doc: Y.Doc, old: Y.Doc, blockId: string, wanted: Placement): Placement {
  const { days, blocks } = requireParts(doc);
  const ownDay = days.has(wanted.dayId);
  const dayId = ownDay ? wanted.dayId : nearestDay(doc, old, wanted.dayId);
  const siblings = blocksOfDay(doc, dayId, blockId);
  const taken = siblings.findIndex((sibling) => sibling.rank === wanted.rank);
  if (ownDay && taken === -1) return { dayId, rank: wanted.rank };
  const rank = rankForIndex(siblings, ownDay ? taken + 1 : siblings.length, (id, next) =>
    blocks.get(id)?.set('placement', { dayId, rank: next }),
  );
  return { dayId, rank };
}

function nearestDay(doc: Y.Doc, old: Y.Doc, dayId: string): string {
  const live = sortedEntries(requireParts(doc).days);
  const last = live[live.length - 1];
  if (last === undefined) throw new Error('The program has no day to restore the session onto.');
  const oldDay = requireParts(old).days.get(dayId);
  const oldRank = oldDay instanceof Y.Map ? oldDay.get('rank') : undefined;
  if (typeof oldRank !== 'string') return last.id;
  return [...live].reverse().find((day) => day.rank <= oldRank)?.id ?? live[0]?.id ?? last.id;
}
