import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { silentLogger } from '../../electron/services/logger';
import { Database } from '../../electron/services/sync-server/postgres/database';
import { openPostgresStorage } from '../../electron/services/sync-server/postgres/postgres-storage';
import { ScriptBatch } from '../../electron/services/sync-server/postgres/script-batch';
import { syncLog } from '../../electron/services/sync-server/sync-log';
import { type Cluster, postgresMissing, startCluster } from './fixtures/postgres';
import { updatesOf } from './fixtures/storage-fixtures';
import { storedDoc } from './fixtures/stored-room';

const FROM_STORE = Symbol('from the store');

/**
 * The rooms of one group commit share one query (script-batch.ts), against a
 * real PostgreSQL 15: what is written together is one transaction (the rows'
 * xmin), and a room the database refuses fails alone.
 */
describe.skipIf(postgresMissing !== null)(
  `appends that share a round trip${postgresMissing === null ? '' : ` (skipped: ${postgresMissing})`}`,
  () => {
    let cluster: Cluster;

    beforeAll(async () => {
      cluster = await startCluster();
    });
    afterAll(async () => {
      await cluster.remove();
    });

    it('rooms that append in the same tick are stored in one transaction, each in full', async () => {
      const database = await cluster.createDatabase();
      const storage = await openPostgresStorage(database, 100, syncLog(silentLogger));
      try {
        const rooms = Array.from({ length: 5 }, () => crypto.randomUUID());
        const docs = rooms.map(() => new Y.Doc());
        const logs = await Promise.all(
          rooms.map(async (room, index) => {
            const doc = docs[index] ?? new Y.Doc();
            return (await storage.rooms.load(room, doc, FROM_STORE)).log;
          }),
        );
        const typed = (index: number): Uint8Array[] =>
          updatesOf(docs[index] ?? new Y.Doc(), () =>
            docs[index]?.getText('plan').insert(0, `room ${index}`),
          );
        await Promise.all(logs.map((log, index) => log.append(typed(index))));

        const transactions = await cluster.query<{ count: string }>(
          database,
          'SELECT count(DISTINCT xmin::text)::text AS count FROM room_updates',
        );
        expect(transactions[0]?.count).toBe('1');
        // Each room's position is its own: a second append of each follows its first.
        await Promise.all(
          logs.map((log, index) =>
            log.append(
              updatesOf(docs[index] ?? new Y.Doc(), () =>
                docs[index]?.getText('plan').insert(0, 'then '),
              ),
            ),
          ),
        );
        for (const [index, room] of rooms.entries()) {
          const stored = await storedDoc(cluster, database, room);
          expect(stored.getText('plan').toString()).toBe(`then room ${index}`);
        }
      } finally {
        await storage.close();
      }
    });

    it('a script the database refuses fails alone; the others of its query are stored', async () => {
      const url = await cluster.createDatabase();
      const database = await Database.connect(url, syncLog(silentLogger));
      try {
        await database.query('CREATE TABLE written (name text PRIMARY KEY)');
        const queries: string[] = [];
        const batch = new ScriptBatch({
          script: (text) => {
            queries.push(text);
            return database.script(text);
          },
        });
        const insert = (name: string): string =>
          `INSERT INTO written VALUES ('${name}') RETURNING name`;
        const outcomes = await Promise.allSettled([
          batch.run('c', insert('c'), 1),
          batch.run('a', insert('a'), 1),
          batch.run('b', 'SELECT 1 / 0', 1),
        ]);

        // One query first, its scripts in order; then each script alone.
        expect(queries[0]).toBe(`${insert('a')};\n${'SELECT 1 / 0'};\n${insert('c')}`);
        expect(queries).toHaveLength(4);
        expect(outcomes.map((outcome) => outcome.status)).toEqual([
          'fulfilled',
          'fulfilled',
          'rejected',
        ]);
        const [c, a, b] = outcomes;
        expect(c?.status === 'fulfilled' && c.value[0]?.rows).toEqual([{ name: 'c' }]);
        expect(a?.status === 'fulfilled' && a.value[0]?.rows).toEqual([{ name: 'a' }]);
        expect(b?.status === 'rejected' && String(b.reason)).toMatch(/division by zero/);
        const stored = await database.query<{ name: string }>(
          'SELECT name FROM written ORDER BY name',
        );
        expect(stored.rows.map((row) => row.name)).toEqual(['a', 'c']);
      } finally {
        await database.close();
      }
    });
  },
);
