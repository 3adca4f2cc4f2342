import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import type { Logger } from '../../electron/services/logger';
import { startSyncServer, type SyncServer } from '../../electron/services/sync-server';
import { newId } from '../../shared/model/ids';
import { addCoTutor } from '../../shared/model/mutations/co-tutors';
import { readProgram } from '../../shared/model/read';
import { roomUrl } from '../../shared/sync/room';
import { type Cluster, freePort, postgresMissing, startCluster } from './fixtures/postgres';
import { storedDoc } from './fixtures/stored-room';
import {
  Clients,
  converged,
  newProgramDoc,
  newRoomKey,
  postRoomKey,
  programOf,
  registerRoom,
  waitUntil,
  whenSynced,
} from './fixtures/sync-clients';
import { openRawSocket } from './fixtures/sync-raw-client';

const CLI = join(import.meta.dirname, '../../electron/services/sync-server/cli.ts');

type UpdateRow = { id: string; data: Buffer };

describe.skipIf(postgresMissing !== null)(
  `the sync server on PostgreSQL${postgresMissing === null ? '' : ` (skipped: ${postgresMissing})`}`,
  () => {
    let cluster: Cluster;
    let database: string;
    let server: SyncServer | undefined;
    const clients = new Clients();
    const lines: string[] = [];
    const log: Logger = { info: (line) => lines.push(line), warn: (line) => lines.push(line) };
    const events = (): string[] =>
      lines.map((line) => (JSON.parse(line) as { event: string }).event);

    beforeAll(async () => {
      cluster = await startCluster();
    });
    afterAll(async () => {
      await cluster.remove();
    });
    afterEach(async () => {
      clients.leaveAll();
      await server?.close();
      server = undefined;
      lines.length = 0;
    });

    async function serve(port = 0): Promise<SyncServer> {
      database ??= await cluster.createDatabase();
      server = await startSyncServer({
        host: '127.0.0.1',
        port,
        dataDirectory: '/nonexistent/unused',
        database,
        log,
      });
      return server;
    }

    /** Waits until the database holds `expected` for the room (each look is a query). */
    async function storedSoon(room: string, expected: string): Promise<void> {
      let stored = '';
      const deadline = Date.now() + 20_000;
      while (stored !== expected && Date.now() < deadline) {
        stored = programOf(await storedDoc(cluster, database, room));
      }
      expect(stored).toBe(expected);
    }

    async function freshServer(): Promise<SyncServer> {
      database = await cluster.createDatabase();
      return serve();
    }

    it('creates its schema, keeps every update in rows, and keys only as hashes', async () => {
      const { url } = await freshServer();
      expect(await cluster.query(database, 'SELECT version FROM schema_version')).toEqual([
        { version: 1 },
      ]);
      const { doc, programId } = newProgramDoc('In the database');
      const key = newRoomKey();
      await registerRoom(url, programId, key);
      const writer = clients.join(url, programId, key, doc);
      await whenSynced(writer);
      for (const name of ['Asel', 'Bolat']) {
        addCoTutor(doc, { id: newId(), name, institution: '', role: '' }, 'a');
      }
      // Within the group commit's 500 ms, plus a transaction.
      await storedSoon(programId, programOf(doc));

      const keys = await cluster.query<{ room: string; record: { keyHash: string } }>(
        database,
        'SELECT room, record FROM room_keys',
      );
      expect(keys).toHaveLength(1);
      expect(keys[0]?.room).toBe(programId);
      expect(keys[0]?.record.keyHash).toBe(createHash('sha256').update(key).digest('hex'));
      expect(JSON.stringify(keys)).not.toContain(key);
      // The log names the database, without the password it would have had.
      const listening = lines.find((line) => line.includes('server-listening')) ?? '';
      expect(JSON.parse(listening)).toMatchObject({ database });
    });

    it('compacts many updates into one state and keeps the document whole', async () => {
      const { url } = await freshServer();
      const { doc, programId } = newProgramDoc('Many small edits');
      const key = newRoomKey();
      await registerRoom(url, programId, key);
      const updates = [Y.encodeStateAsUpdate(doc)];
      doc.on('update', (update: Uint8Array) => updates.push(update));
      for (let index = 0; index < 10_050; index++) doc.getMap('counter').set('value', index);
      addCoTutor(doc, { id: newId(), name: 'Last edit', institution: '', role: '' }, 'test');
      await cluster.query(
        database,
        'INSERT INTO room_updates (room, data) SELECT $1, unnest($2::bytea[])',
        [programId, updates.map((update) => Buffer.from(update))],
      );

      const client = clients.join(url, programId, key);
      await whenSynced(client);
      await waitUntil(() => client.doc.getMap('program').size > 0, 'the program arrived');
      expect(readProgram(client.doc).coTutors.map((tutor) => tutor.name)).toEqual(['Last edit']);
      expect(client.doc.getMap('counter').get('value')).toBe(10_049);
      expect(events()).toContain('room-compacted');
      const counts = await cluster.query<{ states: string; updates: string }>(
        database,
        `SELECT (SELECT count(*) FROM room_states WHERE room = $1) AS states,
                (SELECT count(*) FROM room_updates WHERE room = $1) AS updates`,
        [programId],
      );
      expect(counts).toEqual([{ states: '1', updates: '0' }]);
      expect(programOf(await storedDoc(cluster, database, programId))).toBe(programOf(doc));

      // Edits after the compaction are appended after the state, and both come back.
      addCoTutor(client.doc, { id: newId(), name: 'After', institution: '', role: '' }, 'b');
      await storedSoon(programId, programOf(client.doc));
      clients.leaveAll();
      const port = server?.port ?? 0;
      await server?.close();
      const again = await serve(port);
      const late = clients.join(again.url, programId, key);
      await whenSynced(late);
      await waitUntil(() => late.doc.getMap('program').size > 0, 'the program came back');
      expect(
        readProgram(late.doc)
          .coTutors.map((tutor) => tutor.name)
          .sort(),
      ).toEqual(['After', 'Last edit']);
    });

    it('refuses a room with a damaged row with 500, leaves the rows as they are, and serves others', async () => {
      const { url } = await freshServer();
      const { doc, programId } = newProgramDoc('Damaged');
      const key = newRoomKey();
      await registerRoom(url, programId, key);
      const bad = Buffer.from('not a Yjs update');
      await cluster.query(
        database,
        'INSERT INTO room_updates (room, data) VALUES ($1, $2), ($1, $3)',
        [programId, Buffer.from(Y.encodeStateAsUpdate(doc)), bad],
      );
      const before = await cluster.query<UpdateRow>(
        database,
        'SELECT id, data FROM room_updates WHERE room = $1 ORDER BY id',
        [programId],
      );

      const raw = openRawSocket(roomUrl(url, programId, key));
      expect(await raw.outcome).toEqual({ opened: false, status: 500 });
      expect(raw.messages).toEqual([]);
      expect(events()).toContain('room-rows-damaged');
      await waitUntil(() => server?.stats().roomsInMemory === 0, 'the damaged room is let go');
      expect(
        await cluster.query(
          database,
          'SELECT id, data FROM room_updates WHERE room = $1 ORDER BY id',
          [programId],
        ),
      ).toEqual(before);

      // The server is still up for every other room.
      const other = newProgramDoc('Healthy');
      const otherKey = newRoomKey();
      await registerRoom(url, other.programId, otherKey);
      const first = clients.join(url, other.programId, otherKey, other.doc);
      const second = clients.join(url, other.programId, otherKey);
      await Promise.all([whenSynced(first), whenSynced(second)]);
      await waitUntil(() => converged([first.doc, second.doc]), 'the healthy room syncs');
    });

    it('refuses to start on a database a newer server has migrated', async () => {
      database = await cluster.createDatabase();
      await serve();
      await server?.close();
      server = undefined;
      await cluster.query(database, 'INSERT INTO schema_version (version) VALUES (99)');
      await expect(serve()).rejects.toThrow(/schema version 99, newer than this server's 1/);
    });

    it('fails to start, clearly and without the password, when the database is out of reach', async () => {
      const port = await freePort();
      const unreachable = `postgres://cot:hunter2secret@127.0.0.1:${port}/cotutor`;
      await expect(
        startSyncServer({
          host: '127.0.0.1',
          port: 0,
          dataDirectory: '/nonexistent/unused',
          database: unreachable,
          log,
        }),
      ).rejects.toThrow(`Cannot reach the database postgres://cot:***@127.0.0.1:${port}/cotutor`);

      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', CLI, '--port', '0', '--open-registration', '--database', unreachable],
        { encoding: 'utf8' },
      );
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('The sync server could not start: Cannot reach the database');
      expect(run.stderr).toContain('ECONNREFUSED');
      expect(`${run.stdout}${run.stderr}`).not.toContain('hunter2secret');
    });

    it('answers 503 store-unavailable while the database is down, and recovers when it is back', async () => {
      const { url } = await freshServer();
      const { doc, programId } = newProgramDoc('Through an outage');
      const key = newRoomKey();
      await registerRoom(url, programId, key);
      const other = newProgramDoc('Opened during the outage');
      const otherKey = newRoomKey();
      await registerRoom(url, other.programId, otherKey);
      const writer = clients.join(url, programId, key, doc);
      await whenSynced(writer);

      cluster.stop();
      try {
        // Typed while the database is away: kept in the room, written once it is back.
        addCoTutor(doc, { id: newId(), name: 'During', institution: '', role: '' }, 'a');
        await waitUntil(() => events().includes('store-unavailable'), 'the loss is noticed');
        const refused = openRawSocket(roomUrl(url, other.programId, otherKey));
        expect(await refused.outcome).toEqual({ opened: false, status: 503 });
        const keyAnswer = await postRoomKey(url, newId(), { key: newRoomKey() });
        expect(keyAnswer).toMatchObject({ status: 503, body: { code: 'store-unavailable' } });
        // Its group commit comes while the database is still away, and fails.
        await waitUntil(() => events().includes('room-write-failed'), 'the write fails');
      } finally {
        cluster.start();
      }

      await waitUntil(() => events().includes('store-available'), 'the database is back');
      const late = clients.join(url, other.programId, otherKey, other.doc);
      await whenSynced(late);
      // Written once it is back: nothing typed during the outage is lost.
      await storedSoon(programId, programOf(doc));
    });
  },
);
