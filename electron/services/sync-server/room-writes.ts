import type { WSSharedDoc } from '@y/websocket-server/utils';
import * as Y from 'yjs';

import { messageOf } from '../../../shared/errors/message-of';
import { type CompactionPolicy, needsCompaction } from '../storage/compaction';
import type { RoomLog } from './server-storage';
import type { SyncLog } from './sync-log';

/** A room in memory and what its stored log still lacks. */
export type Room = {
  name: string;
  doc: WSSharedDoc;
  /** Null until loaded, and for good when what is stored could not be read. */
  log: RoomLog | null;
  ready: Promise<void>;
  /** Updates received but not yet appended: the next flush writes them all at once. */
  pending: Uint8Array[];
  /**
   * The bytes of the updates received and not yet stored: those pending and a
   * batch being written. With the stored log's size, what the room takes in store.
   */
  pendingBytes: number;
  /** Set while a failed flush waits to be tried again (RoomStore's retry). */
  flushTimer: NodeJS.Timeout | null;
  /** An append failed: the next flush rewrites the whole document instead. */
  rewrite: boolean;
  /** Its owner removed it with its data: nothing of it may reach the disk again. */
  erased: boolean;
};

export type WriteContext = { compaction: CompactionPolicy; log: SyncLog };

/**
 * Writes what a room's stored log lacks: its pending updates as one appended
 * batch, or the whole document when nothing is stored yet or an append failed.
 * Never rejects (the utils call writeState without a catch): failures are logged,
 * the live document still holds everything for the next attempt, and the answer
 * is false so that the caller can try again.
 */
export async function flushRoom(room: Room, context: WriteContext): Promise<boolean> {
  const log = room.log;
  // What could not be read is never written over; an erased room never again.
  if (log === null || room.erased) return true;
  try {
    if (room.rewrite || !log.exists) {
      if (room.rewrite || room.pending.length > 0) await rewriteRoom(room, log);
      return true;
    }
    const updates = room.pending.splice(0);
    if (updates.length > 0) {
      try {
        await log.append(updates);
      } catch (error) {
        // A failed append stored nothing; the live document still holds everything,
        // and its bytes stay counted until the rewrite stores them.
        room.rewrite = true;
        throw error;
      }
      room.pendingBytes -= byteLengthOf(updates);
    }
    await compactIfLarge(room, log, context);
    return true;
  } catch (error) {
    context.log.error({ event: 'room-write-failed', room: room.name, reason: messageOf(error) });
    return false;
  }
}

/** Compaction by the app's policy (docs/storage.md), re-encoding the live document. */
export async function compactIfLarge(
  room: Room,
  log: RoomLog,
  context: WriteContext,
): Promise<void> {
  if (!needsCompaction(log, context.compaction)) return;
  // The document has grown since it was last measured: measure before deciding.
  const state = Y.encodeStateAsUpdate(room.doc);
  log.stateBytes = state.byteLength;
  if (!needsCompaction(log, context.compaction)) return;
  const before = log.bytes;
  await rewriteRoom(room, log, state);
  context.log.info({ event: 'room-compacted', room: room.name, before, after: log.bytes });
}

async function rewriteRoom(room: Room, log: RoomLog, state?: Uint8Array): Promise<void> {
  // Everything pending is in the state encoded now; later updates wait for the next flush.
  const whole = state ?? Y.encodeStateAsUpdate(room.doc);
  const covered = room.pendingBytes;
  room.pending.length = 0;
  room.rewrite = true;
  await log.replace(whole);
  room.rewrite = false;
  room.pendingBytes -= covered;
}

function byteLengthOf(updates: readonly Uint8Array[]): number {
  let total = 0;
  for (const update of updates) total += update.byteLength;
  return total;
}
