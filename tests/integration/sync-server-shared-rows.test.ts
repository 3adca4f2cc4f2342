import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { silentLogger } from '../../electron/services/logger';
import { openPostgresStorage } from '../../electron/services/sync-server/postgres/postgres-storage';
import type { RoomLog, ServerStorage } from '../../electron/services/sync-server/server-storage';
import { syncLog } from '../../electron/services/sync-server/sync-log';
import { type Cluster, postgresMissing, startCluster } from './fixtures/postgres';
import { updatesOf } from './fixtures/storage-fixtures';
import { storedDoc } from './fixtures/stored-room';
import { waitUntil } from './fixtures/sync-clients';

const FROM_STORE = Symbol('from the store');

/**
 * The rows of one room written by two server processes at once, each with its
 * own storage (its own pool and listening connection) on one database, as two
 * processes behind a balancer have them for a moment.
 */
describe.skipIf(postgresMissing !== null)(
  `a room two processes write in PostgreSQL${postgresMissing === null ? '' : ` (skipped: ${postgresMissing})`}`,
  () => {
    let cluster: Cluster;
    const storages: ServerStorage[] = [];

    const open = async (database: string): Promise<ServerStorage> => {
      const storage = await openPostgresStorage(database, 100, syncLog(silentLogger));
      storages.push(storage);
      return storage;
    };
    const load = async (storage: ServerStorage, room: string, doc: Y.Doc): Promise<RoomLog> =>
      (await storage.rooms.load(room, doc, FROM_STORE)).log;

    beforeAll(async () => {
      cluster = await startCluster();
    });
    afterAll(async () => {
      await cluster.remove();
    });
    afterEach(async () => {
      for (const storage of storages.splice(0)) await storage.close();
    });

    it('a compaction folds in the rows the other appended, and its state reaches the other', async () => {
      const database = await cluster.createDatabase();
      const room = crypto.randomUUID();
      const [docA, docB] = [new Y.Doc(), new Y.Doc()];
      const logA = await load(await open(database), room, docA);
      const logB = await load(await open(database), room, docB);

      // B appends, then A: A's rows come after one A has not read yet.
      await logB.append(updatesOf(docB, () => docB.getText('b').insert(0, 'typed on B')));
      await logA.append(updatesOf(docA, () => docA.getText('a').insert(0, 'typed on A')));
      expect(docA.getText('b').toString()).toBe('typed on B');
      // Typed on A and still waiting for its group commit when A compacts.
      docA.getText('a').insert(10, ', not yet appended');
      await logA.replace(Y.encodeStateAsUpdate(docA));

      const stored = await storedDoc(cluster, database, room);
      expect(stored.getText('b').toString()).toBe('typed on B');
      expect(stored.getText('a').toString()).toBe('typed on A, not yet appended');
      expect(
        await cluster.query(database, 'SELECT id FROM room_updates WHERE room = $1', [room]),
      ).toEqual([]);

      // B reads the compacted state, which holds what A never appended.
      if (logB.catchUp === undefined) throw new Error('The rows of a room catch up.');
      await logB.catchUp();
      expect(docB.getText('a').toString()).toBe('typed on A, not yet appended');
      // And B's next append comes after the state: a fresh load has everything.
      await logB.append(updatesOf(docB, () => docB.getText('b').insert(10, ', and more')));
      const fresh = new Y.Doc();
      await load(await open(database), room, fresh);
      expect(fresh.getText('a').toString()).toBe('typed on A, not yet appended');
      expect(fresh.getText('b').toString()).toBe('typed on B, and more');
    });

    it('a process tells what the other stored, and that it may have missed some when its listening connection was cut', async () => {
      const database = await cluster.createDatabase();
      const room = crypto.randomUUID();
      const listening = await open(database);
      const heard: string[] = [];
      let missed = 0;
      listening.follow?.({
        room: (name) => heard.push(`room ${name}`),
        key: (programId) => heard.push(`key ${programId}`),
        missed: () => missed++,
      });
      const writer = await open(database);
      const doc = new Y.Doc();
      const log = await load(writer, room, doc);
      await log.append(updatesOf(doc, () => doc.getText('t').insert(0, 'one')));
      await waitUntil(() => heard.includes(`room ${room}`), 'the room change is heard');

      await cluster.query(
        database,
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
         WHERE application_name = 'cotutor-sync-notices' AND datname = current_database()`,
      );
      await waitUntil(() => missed === 1, 'the lost notices are reported');
      heard.length = 0;
      await log.append(updatesOf(doc, () => doc.getText('t').insert(3, ' two')));
      await waitUntil(() => heard.includes(`room ${room}`), 'the room change is heard again');
    });
  },
);
