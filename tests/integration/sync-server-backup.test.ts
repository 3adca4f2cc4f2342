import { execFile } from 'node:child_process';
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { parseFrameLog } from '../../electron/services/storage/frame-log';
import { startSyncServer, type SyncServer } from '../../electron/services/sync-server';
import { roomUrl } from '../../shared/sync/room';
import { type Cluster, pgProgram, postgresMissing, startCluster } from './fixtures/postgres';
import { quietLog, temporaryDirectory } from './fixtures/storage-fixtures';
import { storedDoc } from './fixtures/stored-room';
import { newProgramDoc, newRoomKey, postRoomKey, registerRoom } from './fixtures/sync-clients';
import { openRawSocket, type RawSocket, syncOverRawSocket } from './fixtures/sync-raw-client';

const run = promisify(execFile);
const ROOMS = 3;

/**
 * Backups taken while clients write, as docs/deploy.md tells operators to take
 * them, restored into an empty store: every room holds at least what was stored
 * when the backup began, and exactly a prefix of each client's edits (a backup
 * is one consistent moment, never a mix); keys and owners still work.
 */

type Room = { programId: string; key: string; ownerSecret: string; doc: Y.Doc; raw?: RawSocket };

/** How many edits n0, n1, … a document holds as an unbroken run from n0, or -1 if one is missing in between. */
function editsIn(doc: Y.Doc): number {
  const edits = doc.getMap<number>('edits');
  let count = 0;
  while (edits.has(`n${count}`)) count++;
  return edits.size === count ? count : -1;
}

/** A client in each room that makes an edit every few milliseconds until stopped. */
async function startWriting(server: SyncServer, rooms: Room[]): Promise<() => void> {
  for (const room of rooms) {
    room.raw = await syncOverRawSocket(roomUrl(server.url, room.programId, room.key), room.doc);
  }
  const timer = setInterval(() => {
    for (const room of rooms) {
      const edits = room.doc.getMap<number>('edits');
      edits.set(`n${edits.size}`, edits.size);
    }
  }, 3);
  return () => {
    clearInterval(timer);
    for (const room of rooms) room.raw?.socket.close();
  };
}

async function registerRooms(server: SyncServer): Promise<Room[]> {
  const rooms: Room[] = [];
  for (let index = 0; index < ROOMS; index++) {
    const { programId } = newProgramDoc(`Backed up ${index}`);
    const key = newRoomKey();
    const ownerSecret = await registerRoom(server.url, programId, key);
    rooms.push({ programId, key, ownerSecret, doc: new Y.Doc() });
  }
  return rooms;
}

/** Every room on the restored server: its edits, and its key and owner secret still work. */
async function checkRestored(server: SyncServer, rooms: Room[], before: number[]): Promise<void> {
  for (const [index, room] of rooms.entries()) {
    const restored = new Y.Doc();
    const raw = await syncOverRawSocket(roomUrl(server.url, room.programId, room.key), restored);
    raw.socket.close();
    const edits = editsIn(restored);
    expect(edits, `room ${index}: an unbroken run of edits`).toBeGreaterThanOrEqual(0);
    expect(edits, `room ${index}: what was stored before the backup`).toBeGreaterThanOrEqual(
      before[index] ?? Infinity,
    );
    const wrong = openRawSocket(roomUrl(server.url, room.programId, newRoomKey()));
    expect(await wrong.outcome).toEqual({ opened: false, status: 403 });
    const rotated = await postRoomKey(server.url, room.programId, {
      ownerSecret: room.ownerSecret,
      newKey: newRoomKey(),
    });
    expect(rotated.status).toBe(200);
  }
}

/** Waits until every room's store holds at least `edits` edits; what each holds then. */
async function storedAtLeast(
  stored: (room: Room) => Promise<Y.Doc>,
  rooms: Room[],
  edits: number,
): Promise<number[]> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const counts = await Promise.all(rooms.map(async (room) => editsIn(await stored(room))));
    if (counts.every((count) => count >= edits)) return counts;
    if (Date.now() > deadline) throw new Error(`The rooms hold ${counts.join(', ')} edits.`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.skipIf(postgresMissing !== null)(
  `backup and restore with pg_dump${postgresMissing === null ? '' : ` (skipped: ${postgresMissing})`}`,
  () => {
    let cluster: Cluster;
    let folder: { path: string; remove(): Promise<void> };
    let running: SyncServer | undefined;
    let stop = (): void => undefined;

    beforeAll(async () => {
      cluster = await startCluster();
      folder = await temporaryDirectory('sync-pg-backup');
    });
    afterAll(async () => {
      await cluster.remove();
      await folder.remove();
    });
    afterEach(async () => {
      stop();
      await running?.close();
      running = undefined;
    });

    /** What the database itself holds for a room (its state, then its updates in order). */
    const storedIn = (database: string, room: Room): Promise<Y.Doc> =>
      storedDoc(cluster, database, room.programId);

    it('a dump taken while clients write restores into an empty database with every room', async () => {
      const database = await cluster.createDatabase();
      running = await startSyncServer({
        host: '127.0.0.1',
        port: 0,
        dataDirectory: '/nonexistent/unused',
        database,
        log: quietLog,
      });
      const rooms = await registerRooms(running);
      stop = await startWriting(running, rooms);
      const before = await storedAtLeast((room) => storedIn(database, room), rooms, 20);

      // docs/deploy.md, "Backups" under "Rooms in PostgreSQL", while the clients keep writing.
      const dump = join(folder.path, 'cotutor_sync.dump');
      await run(pgProgram('pg_dump'), ['-Fc', '-d', database, '-f', dump]);
      stop();
      await running.close();
      running = undefined;
      // The clients went on writing after what was stored before the dump.
      expect(Math.min(...rooms.map((room) => editsIn(room.doc)))).toBeGreaterThan(
        Math.max(...before),
      );

      const restoredDatabase = await cluster.createDatabase();
      await run(pgProgram('pg_restore'), [
        '--no-owner',
        '--exit-on-error',
        '--single-transaction',
        '-d',
        restoredDatabase,
        dump,
      ]);
      running = await startSyncServer({
        host: '127.0.0.1',
        port: 0,
        dataDirectory: '/nonexistent/unused',
        database: restoredDatabase,
        log: quietLog,
      });
      await checkRestored(running, rooms, before);
    });
  },
);

describe('backup and restore of the data directory', () => {
  let folder: { path: string; remove(): Promise<void> };
  let running: SyncServer | undefined;
  let stop = (): void => undefined;

  afterEach(async () => {
    stop();
    await running?.close();
    running = undefined;
    await folder.remove();
  });

  /** A room's file as it is on disk now, read without touching it (a torn tail is left out). */
  async function storedIn(data: string, room: Room): Promise<Y.Doc> {
    const doc = new Y.Doc();
    let bytes: Buffer;
    try {
      bytes = await readFile(join(data, 'rooms', `${room.programId}.ydoc`));
    } catch {
      return doc;
    }
    const log = parseFrameLog(bytes);
    if (log.ok) for (const update of log.updates) Y.applyUpdate(doc, update);
    return doc;
  }

  it('a copy taken while clients write restores with every room', async () => {
    folder = await temporaryDirectory('sync-files-backup');
    const data = join(folder.path, 'cotutor-sync');
    running = await startSyncServer({
      host: '127.0.0.1',
      port: 0,
      dataDirectory: data,
      log: quietLog,
    });
    const rooms = await registerRooms(running);
    stop = await startWriting(running, rooms);
    const before = await storedAtLeast((room) => storedIn(data, room), rooms, 20);

    // What `tar` or `cp -a` does to the live directory, file by file, while it changes.
    const copy = join(folder.path, 'restored');
    await cp(data, copy, { recursive: true });
    stop();
    await running.close();
    running = undefined;
    expect(Math.min(...rooms.map((room) => editsIn(room.doc)))).toBeGreaterThan(
      Math.max(...before),
    );

    running = await startSyncServer({
      host: '127.0.0.1',
      port: 0,
      dataDirectory: copy,
      log: quietLog,
    });
    await checkRestored(running, rooms, before);
  });
});
