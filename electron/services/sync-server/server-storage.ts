import type * as Y from 'yjs';

import type { LogShape } from '../storage/compaction';

/**
 * Where the sync server keeps rooms, keys and version bodies: files in a data
 * directory (the default, for one machine) or a PostgreSQL database. The server
 * itself (group commit, compaction policy, key checks, limits) is the same over
 * both; only this seam differs.
 */
export interface ServerStorage {
  /** For the log: the data directory, or the database URL without its password. */
  readonly where: { dataDirectory: string } | { database: string };
  readonly rooms: RoomLogs;
  readonly keys: KeyRecords;
  readonly versions: VersionBodies;
  /** False while the store cannot be reached: new connections are refused with 503 meanwhile. */
  available(): boolean;
  /**
   * Only for a store several server processes share (PostgreSQL): tells the
   * server what the others store, so that a room two processes hold, and a key
   * one of them changes, stay the same on all.
   */
  follow?(changes: StoreChanges): void;
  /**
   * Asks the store whether it answers (a database: one `SELECT 1`); a lost
   * connection then shows in available(). Never rejects.
   */
  check(): Promise<void>;
  /** After every write has finished: lets go of files or connections. */
  close(): Promise<void>;
}

/** A room's stored document, measured as the compaction policy measures a file. */
export interface RoomLog extends LogShape {
  /** False until something is stored for the room: the first write then stores the whole document. */
  readonly exists: boolean;
  /** One durable write for the whole batch; on failure nothing of it is stored. */
  append(updates: readonly Uint8Array[]): Promise<void>;
  /** Creation and compaction: the whole document (Y.encodeStateAsUpdate) replaces what is stored. */
  replace(state: Uint8Array): Promise<void>;
  /**
   * A shared store: applies to the document what other processes stored since
   * this log last read, unless `through` (a stored row's position) is already in.
   */
  catchUp?(through?: bigint): Promise<void>;
  /** The room is unloaded, its last write done: lets go of what the log holds open (a file). */
  release?(): Promise<void>;
}

/** What other server processes changed in a store they share with this one. */
export type StoreChanges = {
  /** Something of `room` was stored, up to the position `through`. */
  room(room: string, through: bigint): void;
  /** A program's key record was registered, rotated, claimed or removed. */
  key(programId: string): void;
  /** Changes may have gone unheard (the connection that hears them was lost): re-read everything. */
  missed(): void;
};

export type LoadedRoom = { log: RoomLog; tornBytes: number };

export interface RoomLogs {
  /** Applies what is stored for `room` to `doc` with `origin`; a room never stored is empty. */
  load(room: string, doc: Y.Doc, origin: unknown): Promise<LoadedRoom>;
  /** Deletes everything stored for `room` (its owner removed it with its data). */
  erase(room: string): Promise<void>;
}

/**
 * Stored data that cannot be read (not a torn tail): it is left exactly as it is,
 * and connections to the room are refused until an operator deals with it.
 */
export class RoomDamaged extends Error {
  /** The log event that reports it. */
  readonly event: string = 'room-damaged';
}

/**
 * The persistence of the rooms' key records. RoomKeys decides; this only keeps
 * what it decided. Records are opaque here, checked by `parse` on every read, so
 * a new field in a record needs no change to any store.
 */
export interface KeyRecords {
  /** Where the records are, for the message that they cannot be read. */
  readonly place: string;
  /** Every room's record; rejects (never answers empty) when they cannot be read. */
  read<R>(parse: (record: unknown) => R): Promise<Map<string, R>>;
  /**
   * A shared store: one room's record as stored now (undefined: none), which
   * another process may have changed since `read`.
   */
  readOne?<R>(room: string, parse: (record: unknown) => R): Promise<R | undefined>;
  /** Stores `room`'s record as it is in `rooms` now, or its absence. */
  write<R>(room: string, rooms: ReadonlyMap<string, R>): Promise<void>;
}

export type Stored = 'stored' | 'already-stored' | 'different' | 'full';

/** Version bodies, each kept as the client sent it, written once and never changed. */
export interface VersionBodies {
  /** The same bytes again are 'already-stored'; other bytes for a stored id, 'different'. */
  put(programId: string, versionId: string, body: Buffer): Promise<Stored>;
  get(programId: string, versionId: string): Promise<Buffer | null>;
  /** Deletes every body of a program (its owner removed it with its data), after any write under way. */
  eraseAll(programId: string): Promise<void>;
  /** Resolves when every write queued so far is durable. */
  idle(): Promise<void>;
}
