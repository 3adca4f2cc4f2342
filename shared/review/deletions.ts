import * as Y from 'yjs';
import { z } from 'zod';

import { blockRecord } from '../model/create';
import { blockOf, requireParts, rootOf } from '../model/layout';
import { isPlacement } from '../model/placement';
import { readBlock } from '../model/read';
import { BLOCK_TYPES, type BlockType, LIMITS, SCHEMA_VERSION } from '../model/schema';
import { reviewRootOf } from './layout';

/**
 * Recently deleted sessions (docs/history.md, "Recently deleted"): the review
 * document's 'deletions' part maps a block id to what is needed to show the
 * session in a list and bring it back — its title, type and day, who deleted it
 * and when, and the session itself as a small encoded Yjs document holding only
 * that block and its day, which restoreSession takes as the state to restore.
 * Entries come from peers: each is read through a schema and its size bounded.
 */

/**
 * Who deleted a session: name and colour as presence showed them, and the stable
 * id of their installation (Settings.userId), which entries written before it lack.
 */
export type DeletedBy = { name: string; color: string; userId?: string };

export type DeletedSession = {
  blockId: string;
  dayId: string;
  title: string;
  type: BlockType;
  deletedBy: DeletedBy;
  /** Milliseconds since the epoch, on the deleting computer's clock. */
  deletedAt: number;
  /** Y.encodeStateAsUpdate of a document holding just this block (sessionSnapshot). */
  content: Uint8Array;
};

/** How long a deleted session can be brought back from the list. */
export const DELETION_KEPT_MS = 30 * 24 * 60 * 60 * 1000;
/** Bounds that keep the list small whatever peers write: older entries go first. */
export const MAX_DELETIONS = 200;
export const MAX_SNAPSHOT_BYTES = 1024 * 1024;

const ID = z.string().min(1).max(100);

const entrySchema = z.object({
  blockId: ID,
  dayId: ID,
  title: z.string().max(LIMITS.maxTitleLength),
  type: z.enum(BLOCK_TYPES),
  deletedBy: z.object({
    name: z.string().max(200),
    color: z.string().regex(/^#[0-9a-f]{6}$/i),
    // Not a short string: left out, and the entry still reads.
    userId: z.string().min(1).max(100).optional().catch(undefined),
  }),
  deletedAt: z.number().int().nonnegative(),
  content: z.instanceof(Uint8Array).refine((bytes) => bytes.length <= MAX_SNAPSHOT_BYTES),
});

export type DeletionList = {
  /** Newest first, none older than DELETION_KEPT_MS. */
  sessions: DeletedSession[];
  /** Entries that could not be read (from a damaged or foreign peer); shown as a count. */
  damaged: number;
};

/**
 * The session as a document of its own: the program's root with the block (every
 * field, text and stage, under its id and placement) and its day (for the rank
 * that finds the nearest day if this one is gone). Null when the block does not
 * exist or is too large to keep.
 */
export function sessionSnapshot(doc: Y.Doc, blockId: string): Uint8Array | null {
  const block = blockOf(doc, blockId);
  const placement = block?.get('placement');
  if (block === null || !isPlacement(placement)) return null;
  const day = requireParts(doc).days.get(placement.dayId);
  const snapshot = new Y.Doc();
  snapshot.transact(() => {
    const root = rootOf(snapshot);
    root.set('schemaVersion', SCHEMA_VERSION);
    root.set('programId', String(requireParts(doc).root.get('programId') ?? ''));
    root.set('meta', new Y.Map());
    root.set('text', new Y.Map());
    root.set('coTutors', new Y.Map());
    const days = new Y.Map<Y.Map<unknown>>();
    if (day instanceof Y.Map) days.set(placement.dayId, new Y.Map([['rank', day.get('rank')]]));
    root.set('days', days);
    const blocks = new Y.Map<Y.Map<unknown>>();
    blocks.set(blockId, blockRecord(readBlock(blockId, block, { withText: true }), placement));
    root.set('blocks', blocks);
  });
  const content = Y.encodeStateAsUpdate(snapshot);
  snapshot.destroy();
  return content.length <= MAX_SNAPSHOT_BYTES ? content : null;
}

/** Records a deletion, and prunes what is too old or too many, in one transaction. */
export function recordDeletion(
  review: Y.Doc,
  entry: DeletedSession,
  now: number,
  origin: unknown,
): void {
  const part = reviewRootOf(review, 'deletions');
  review.transact(() => {
    part.set(entry.blockId, { ...entry, deletedBy: { ...entry.deletedBy } });
    prune(part, now);
  }, origin);
}

export function removeDeletion(review: Y.Doc, blockId: string, origin: unknown): void {
  const part = reviewRootOf(review, 'deletions');
  if (part.has(blockId)) review.transact(() => part.delete(blockId), origin);
}

export function readDeletions(review: Y.Doc, now: number): DeletionList {
  const sessions: DeletedSession[] = [];
  let damaged = 0;
  reviewRootOf(review, 'deletions').forEach((value, key) => {
    const parsed = entrySchema.safeParse(value);
    if (!parsed.success || parsed.data.blockId !== key) damaged++;
    else if (now - parsed.data.deletedAt <= DELETION_KEPT_MS) sessions.push(parsed.data);
  });
  sessions.sort((a, b) => b.deletedAt - a.deletedAt || (a.blockId < b.blockId ? -1 : 1));
  return { sessions: sessions.slice(0, MAX_DELETIONS), damaged };
}

/** The snapshot as a document restoreSession reads; null when its bytes are not a Yjs update. */
export function snapshotDocument(entry: DeletedSession): Y.Doc | null {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, entry.content);
    if (blockOf(doc, entry.blockId) !== null) return doc;
  } catch {
    // Not an update, or no program in it: the entry is shown as not restorable.
  }
  doc.destroy();
  return null;
}

/**
 * Drops entries older than the time kept and the oldest beyond
 * the most kept. Peers pruning at once delete the same keys, which merges.
 */
function prune(part: Y.Map<unknown>, now: number): void {
  const kept: { key: string; at: number }[] = [];
  part.forEach((value, key) => {
    const parsed = entrySchema.safeParse(value);
    // An entry this version cannot read is left to the peer that wrote it.
    if (!parsed.success) return;
    if (now - parsed.data.deletedAt > DELETION_KEPT_MS) part.delete(key);
    else kept.push({ key, at: parsed.data.deletedAt });
  });
  kept.sort((a, b) => b.at - a.at);
  for (const { key } of kept.slice(MAX_DELETIONS)) part.delete(key);
}
