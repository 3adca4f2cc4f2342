import type { WSSharedDoc } from '@y/websocket-server/utils';
import * as Y from 'yjs';

import { messageOf } from '../../../shared/errors/message-of';
import { type CompactionPolicy, needsCompaction } from '../storage/compaction';
import { appendToRoomFile, rewriteRoomFile, type RoomFile } from './room-file';
import type { SyncLog } from './sync-log';

/** A room in memory and what its file still lacks. */
export type Room = {
  name: string;
  doc: WSSharedDoc;
  /** Null until loaded, and for good when the file could not be read. */
  file: RoomFile | null;
  ready: Promise<void>;
  /** Updates received but not yet appended: the next flush writes them all at once. */
  pending: Uint8Array[];
  flushTimer: NodeJS.Timeout | null;
  /** An append failed: the next flush rewrites the whole document instead. */
  rewrite: boolean;
  /** Its owner removed it with its data: nothing of it may reach the disk again. */
  erased: boolean;
};

export type WriteContext = { compaction: CompactionPolicy; log: SyncLog };

/**
 * Writes what a room's file lacks: its pending updates as one appended batch, or
 * the whole document when the file does not exist yet or an append failed.
 * Never rejects (the utils call writeState without a catch): failures are logged,
 * and the live document still holds everything for the next attempt.
 */
export async function flushRoom(room: Room, context: WriteContext): Promise<void> {
  const file = room.file;
  // A file that could not be read is never written over; an erased room never again.
  if (file === null || room.erased) return;
  try {
    if (room.rewrite || !file.exists) {
      if (room.rewrite || room.pending.length > 0) await rewriteRoom(room, file);
      return;
    }
    const updates = room.pending.splice(0);
    if (updates.length > 0) {
      try {
        await appendToRoomFile(file, updates);
      } catch (error) {
        // appendFrames cut the file back; the live document still holds everything.
        room.rewrite = true;
        throw error;
      }
    }
    await compactIfLarge(room, file, context);
  } catch (error) {
    context.log.error({ event: 'room-write-failed', room: room.name, reason: messageOf(error) });
  }
}

/** Compaction by the app's policy (docs/storage.md), re-encoding the live document. */
export async function compactIfLarge(
  room: Room,
  file: RoomFile,
  context: WriteContext,
): Promise<void> {
  if (!needsCompaction(file, context.compaction)) return;
  // The document has grown since it was last measured: measure before deciding.
  const state = Y.encodeStateAsUpdate(room.doc);
  file.stateBytes = state.byteLength;
  if (!needsCompaction(file, context.compaction)) return;
  const before = file.bytes;
  await rewriteRoom(room, file, state);
  context.log.info({ event: 'room-compacted', room: room.name, before, after: file.bytes });
}

async function rewriteRoom(room: Room, file: RoomFile, state?: Uint8Array): Promise<void> {
  // Everything pending is in the state encoded now; later updates wait for the next flush.
  const whole = state ?? Y.encodeStateAsUpdate(room.doc);
  room.pending.length = 0;
  room.rewrite = true;
  await rewriteRoomFile(file, whole);
  room.rewrite = false;
}
