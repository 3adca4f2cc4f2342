import { docs, getYDoc, type setPersistence, type WSSharedDoc } from '@y/websocket-server/utils';

import { messageOf } from '../../../shared/errors/message-of';
import { type CompactionPolicy, DEFAULT_COMPACTION } from '../storage/compaction';
import { KeyedQueue } from '../storage/keyed-queue';
import { compactIfLarge, flushRoom, type Room, type WriteContext } from './room-writes';
import { RoomDamaged, type ServerStorage } from './server-storage';
import type { SyncLog } from './sync-log';

type Persistence = NonNullable<Parameters<typeof setPersistence>[0]>;

/**
 * Group commit: the updates of a room that arrive within this window share one
 * append and one durable write (or one transaction), and every room with
 * updates waiting is written at the same tick, so that on PostgreSQL their
 * appends share one round trip (postgres/script-batch.ts) and the server wakes once per
 * window, not once per room. Typing in a busy room sends
 * tens of updates a second; a durable write for each cost the server as much CPU
 * as relaying them, and at a window of 100 ms the writes of 20 busy rooms still
 * took about a fifth of the server's CPU (tests/bench/server-load.ts), and
 * PostgreSQL two and a half times as much as at 500 ms. The window is also what
 * a disk's write operations a second scale with: two a second per busy room.
 * A crash loses at most this window, which the clients still hold and send
 * again when they reconnect (the server acknowledges nothing, and each
 * co-tutor's app keeps its own durable copy); unloading and shutdown flush at
 * once.
 */
const FLUSH_DELAY_MS = 500;

/**
 * A flush that failed (the database was out of reach, the disk full) is tried
 * again this much later while the room is in memory: its updates are in the live
 * document, and the retry writes the whole of it.
 */
const RETRY_DELAY_MS = 1_000;

/** Updates applied while loading a room are already stored. */
const FROM_DISK = Symbol('from disk');

/**
 * A revoked connection closes within connection-guard's grace (2 s); a room still
 * in memory after this is taken out of the map anyway, so that a new registration
 * of the program never meets the old document.
 */
const UNLOAD_WAIT_MS = 5000;

/**
 * The persistence of @y/websocket-server (setPersistence) and the rooms in memory.
 *
 * bindState (called by getYDoc when a room is created) loads the room from the
 * storage (files or PostgreSQL) in the room's queue; the upgrade waits for `ready`
 * before the connection is set up, so a client's first sync already sees the
 * stored document. Every update is appended to the room's log within
 * FLUSH_DELAY_MS of its arrival, in batches of one durable write (one fsync, or
 * one transaction). writeState (called by the utils when the last
 * client leaves, just before they destroy the document) flushes what is left.
 * All storage work of one room runs in order in that room's queue, so a room that is
 * unloaded and opened again is read only after its last write.
 */
export class RoomStore implements WriteContext {
  private readonly queue = new KeyedQueue();
  /** Every document not yet destroyed, including those still being written. */
  private readonly rooms = new Map<WSSharedDoc, Room>();
  /** Rooms with updates waiting for the next group commit (FLUSH_DELAY_MS). */
  private readonly due = new Set<Room>();
  private dueTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly storage: Pick<ServerStorage, 'rooms' | 'available'>,
    private readonly maxRooms: number,
    readonly log: SyncLog,
    readonly compaction: CompactionPolicy = DEFAULT_COMPACTION,
  ) {}

  get roomsInMemory(): number {
    return this.rooms.size;
  }

  persistence(): Persistence {
    return {
      provider: null,
      bindState: (name, doc) => this.bind(name, doc),
      writeState: (_name, doc) => this.persist(doc),
    };
  }

  /**
   * The room's document, loading it if needed. No eviction: a room in memory
   * always has a client (it is unloaded when its last one leaves), so evicting
   * one would cut people off mid-session; a new room is refused instead.
   */
  acquire(name: string): WSSharedDoc | 'full' {
    const loaded = docs.get(name);
    if (loaded !== undefined) return loaded;
    if (this.rooms.size >= this.maxRooms) return 'full';
    return getYDoc(name);
  }

  /** False while the storage cannot be reached. */
  available(): boolean {
    return this.storage.available();
  }

  /** Resolves when the room's stored log is in its document; rejects if it cannot be read. */
  ready(doc: WSSharedDoc): Promise<void> {
    return this.rooms.get(doc)?.ready ?? Promise.reject(new Error('the room was unloaded'));
  }

  /** False once the room was unloaded (its last client left) and must be opened again. */
  isCurrent(doc: WSSharedDoc): boolean {
    return docs.get(doc.name) === doc;
  }

  /** Unloads a room that no connection uses (a handshake that did not complete, a failed load). */
  release(doc: WSSharedDoc): void {
    if (doc.conns.size > 0 || docs.get(doc.name) !== doc) return;
    docs.delete(doc.name);
    void this.persist(doc).then(() => doc.destroy());
  }

  /** Shutdown: persists and destroys every room (and with it its awareness timer). */
  async unloadAll(): Promise<void> {
    for (const doc of [...docs.values()]) {
      if (!this.rooms.has(doc)) continue;
      docs.delete(doc.name);
      void this.persist(doc).then(() => doc.destroy());
    }
    await this.queue.idle();
    for (const doc of [...this.rooms.keys()]) doc.destroy();
  }

  /**
   * Deletes a room's file for good, for a program whose owner removed it: the
   * room in memory (whose connections were just closed) writes nothing more, and
   * its file goes once it is unloaded, in the room's queue, after any write
   * already under way.
   */
  async erase(name: string): Promise<void> {
    await this.forget(name);
    await this.queue.run(name, () => this.storage.rooms.erase(name));
    this.log.info({ event: 'room-erased', room: name });
  }

  /**
   * The room in memory writes nothing more (its owner removed it, here or on
   * another server process sharing the store, which erased its data), and is
   * taken out of the map once unloaded, so that a new registration of the
   * program never meets the old document.
   */
  async forget(name: string): Promise<void> {
    const doc = this.discard(name);
    if (doc === null) return;
    await unloaded(doc, UNLOAD_WAIT_MS);
    if (docs.get(name) === doc) docs.delete(name);
  }

  private discard(name: string): WSSharedDoc | null {
    const doc = docs.get(name);
    const room = doc === undefined ? undefined : this.rooms.get(doc);
    if (doc === undefined || room === undefined) return null;
    room.erased = true;
    room.pending.length = 0;
    room.pendingBytes = 0;
    this.cancelFlush(room);
    return doc;
  }

  /**
   * Another server process stored something of a room (up to `through`): if
   * the room is in memory here, its document gets it, in the room's queue, after
   * its load and any write under way, and passes it on to its clients.
   */
  catchUp(name: string, through?: bigint): void {
    const doc = docs.get(name);
    const room = doc === undefined ? undefined : this.rooms.get(doc);
    if (room === undefined) return;
    void this.queue.run(name, async () => {
      if (room.log === null || room.erased || room.log.catchUp === undefined) return;
      try {
        await room.log.catchUp(through);
      } catch (error) {
        // The next notice, or the next write of this room, reads from the same position.
        this.log.error({ event: 'room-catch-up-failed', room: name, reason: messageOf(error) });
      }
    });
  }

  /** What other processes stored may have gone unheard: every room in memory reads it. */
  catchUpAll(): void {
    for (const room of this.rooms.values()) this.catchUp(room.name);
  }

  private bind(name: string, doc: WSSharedDoc): void {
    const room: Room = {
      name,
      doc,
      log: null,
      ready: Promise.resolve(),
      pending: [],
      pendingBytes: 0,
      flushTimer: null,
      rewrite: false,
      erased: false,
    };
    this.rooms.set(doc, room);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== FROM_DISK && !room.erased) this.enqueue(room, update);
    });
    doc.on('destroy', () => {
      // Destroyed after its last flush; a timer left would only keep Node alive.
      this.cancelFlush(room);
      this.rooms.delete(doc);
    });
    room.ready = this.queue.run(name, () => this.load(room));
    // Waiters handle a failed load; this keeps it from counting as unhandled.
    room.ready.catch(() => undefined);
  }

  private async load(room: Room): Promise<void> {
    try {
      const { log, tornBytes } = await this.storage.rooms.load(room.name, room.doc, FROM_DISK);
      room.log = log;
      this.log.info({
        event: 'room-loaded',
        room: room.name,
        bytes: log.bytes,
        frames: log.frames,
      });
      if (tornBytes > 0) {
        this.log.warn({ event: 'room-torn-tail-dropped', room: room.name, bytes: tornBytes });
      }
      await compactIfLarge(room, log, this);
    } catch (error) {
      this.log.error({
        event: error instanceof RoomDamaged ? error.event : 'room-load-failed',
        room: room.name,
        reason: messageOf(error),
      });
      throw error;
    }
  }

  /**
   * What a room takes in store once everything received is written: its stored
   * log (appended frames since the last compaction, and that compacted state)
   * and the updates not yet in it. Kept as running numbers, never re-encoded.
   */
  storedBytes(doc: WSSharedDoc): number {
    const room = this.rooms.get(doc);
    return room === undefined ? 0 : (room.log?.bytes ?? 0) + room.pendingBytes;
  }

  private enqueue(room: Room, update: Uint8Array): void {
    room.pending.push(update);
    room.pendingBytes += update.byteLength;
    if (room.flushTimer !== null || this.due.has(room)) return;
    this.due.add(room);
    this.dueTimer ??= setTimeout(() => this.flushDue(), FLUSH_DELAY_MS);
  }

  /** One loop, so that every room's append starts in the same tick. */
  private flushDue(): void {
    this.dueTimer = null;
    const rooms = [...this.due];
    this.due.clear();
    for (const room of rooms) this.flush(room);
  }

  private flush(room: Room): void {
    void this.queue.run(room.name, async () => {
      const written = await flushRoom(room, this);
      if (!written && this.rooms.has(room.doc)) this.retryLater(room);
    });
  }

  private retryLater(room: Room): void {
    if (room.flushTimer !== null) return;
    this.due.delete(room);
    room.flushTimer = setTimeout(() => {
      room.flushTimer = null;
      this.flush(room);
    }, RETRY_DELAY_MS);
  }

  /** The room is written now (or never again): no flush of it is left waiting. */
  private cancelFlush(room: Room): void {
    if (room.flushTimer !== null) clearTimeout(room.flushTimer);
    room.flushTimer = null;
    this.due.delete(room);
    if (this.due.size === 0 && this.dueTimer !== null) {
      clearTimeout(this.dueTimer);
      this.dueTimer = null;
    }
  }

  private async persist(doc: WSSharedDoc): Promise<void> {
    const room = this.rooms.get(doc);
    if (room === undefined) return;
    this.cancelFlush(room);
    await this.queue.run(room.name, async () => {
      await flushRoom(room, this);
      // Every write before this was fsync'd: closing the file loses nothing.
      await room.log?.release?.().catch(() => undefined);
    });
    this.log.info({ event: 'room-unloaded', room: room.name, bytes: room.log?.bytes ?? 0 });
  }
}

/** Resolves when the document is destroyed (its last client left), or after `timeoutMs`. */
function unloaded(doc: WSSharedDoc, timeoutMs: number): Promise<void> {
  if (docs.get(doc.name) !== doc && doc.isDestroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      doc.off('destroy', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    doc.on('destroy', done);
  });
}
