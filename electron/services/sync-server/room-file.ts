import { readFile } from 'node:fs/promises';

import * as Y from 'yjs';

import { messageOf } from '../../../shared/errors/message-of';
import { type AppendFile, openForAppend } from '../storage/append-file';
import { isMissingFile } from '../storage/durable-file';
import { parseFrameLog } from '../storage/frame-log';
import {
  appendFramesTo,
  removeStaleTemporary,
  truncateTornTail,
  writeWholeLog,
} from '../storage/program-file';
import { PRIVATE_FILE } from './file-modes';
import { RoomDamaged, type RoomLog } from './server-storage';

/**
 * A room's document on disk: the app's own .ydoc frame log (docs/storage.md), so
 * that a room file can be opened, checked and repaired with the app's tools.
 * Unlike a program file it may hold any Yjs document: the server never looks
 * inside, it only keeps what clients send.
 */
export class RoomFile implements RoomLog {
  /**
   * Open from the first append until the room is unloaded: a busy room appends
   * ten times a second, and in a CPU profile of the server under the load of
   * tests/bench/server-load.ts, opening and closing the file took more of a
   * group commit's time on the main thread than the write and the fsync. A room
   * in memory has a client, so this holds at most one descriptor per connection.
   */
  private file: AppendFile | null = null;

  constructor(
    readonly path: string,
    public exists: boolean,
    public frames: number,
    /** Where the next append goes: the length of the file's good part. */
    public bytes: number,
    /** Size of the encoded document when last measured. */
    public stateBytes: number,
  ) {}

  /** One durable write for a batch of updates. */
  async append(updates: readonly Uint8Array[]): Promise<void> {
    this.file ??= await openForAppend(this.path);
    try {
      this.bytes += await appendFramesTo(this.file, this.bytes, updates);
    } catch (error) {
      // The next attempt (a rewrite of the whole document) starts from a fresh file.
      await this.release();
      throw error;
    }
    this.frames += updates.length;
  }

  /**
   * Creation and compaction: the whole document as one frame, through a temporary
   * file and a rename. `state` comes from Y.encodeStateAsUpdate of the live
   * document, never from Y.mergeUpdates (Yjs 13.6.30–31 can drop content when an update holds Skip structs, which merging can produce).
   */
  async replace(state: Uint8Array): Promise<void> {
    // The rename puts another file in place: an open handle would append to the old one.
    await this.release();
    this.bytes = await writeWholeLog(this.path, state, PRIVATE_FILE);
    this.frames = 1;
    this.stateBytes = state.byteLength;
    this.exists = true;
  }

  /** Closes the file; the next append opens it again. */
  async release(): Promise<void> {
    const file = this.file;
    this.file = null;
    await file?.handle.close();
  }
}

/** Anything unreadable but a torn tail: the file is left exactly as it is. */
export class RoomFileDamaged extends RoomDamaged {
  override readonly event = 'room-file-damaged';
}

export type ReadRoom = { file: RoomFile; tornBytes: number };

/** Loads a room's file into `doc` (updates applied with `origin`); a missing file is an empty room. */
export async function readRoomFile(path: string, doc: Y.Doc, origin: unknown): Promise<ReadRoom> {
  await removeStaleTemporary(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    if (!isMissingFile(error)) throw error;
    return { file: new RoomFile(path, false, 0, 0, 0), tornBytes: 0 };
  }
  const log = parseFrameLog(bytes);
  if (!log.ok) throw new RoomFileDamaged(log.reason);
  try {
    doc.transact(() => {
      for (const update of log.updates) Y.applyUpdate(doc, update, origin);
    }, origin);
  } catch (error) {
    throw new RoomFileDamaged(`a stored update could not be applied: ${messageOf(error)}`);
  }
  // An append a crash interrupted was never acknowledged to anyone; the clients
  // that sent it still hold it and send it again when they sync.
  if (log.tornBytes > 0) await truncateTornTail(path, log.goodLength);
  const file = new RoomFile(
    path,
    true,
    log.updates.length,
    log.goodLength,
    Y.encodeStateAsUpdate(doc).byteLength,
  );
  return { file, tornBytes: log.tornBytes };
}
