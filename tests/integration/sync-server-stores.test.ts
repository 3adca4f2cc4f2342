import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { encodeVersionBody } from '../../electron/services/storage/version-body';
import {
  startSyncServer,
  type SyncServer,
  type SyncServerOptions,
} from '../../electron/services/sync-server';
import { newId } from '../../shared/model/ids';
import { addCoTutor } from '../../shared/model/mutations/co-tutors';
import { setMetaField } from '../../shared/model/mutations/program';
import { readProgram } from '../../shared/model/read';
import { roomUrl, versionBodyEndpoint } from '../../shared/sync/room';
import { quietLog } from './fixtures/storage-fixtures';
import {
  Clients,
  converged,
  newProgramDoc,
  newRoomKey,
  postRoomKey,
  registerRoom,
  waitUntil,
  whenSynced,
} from './fixtures/sync-clients';
import { openRawSocket } from './fixtures/sync-raw-client';
import { bothStores, storeTitle } from './fixtures/sync-stores';

/** The core of the sync server, over each of its storages: the same behaviour from both. */
for (const store of bothStores()) {
  describe.skipIf(store.missing !== null)(storeTitle(store, 'sync server storage'), () => {
    const clients = new Clients();
    let running: SyncServer | undefined;
    let options: Pick<SyncServerOptions, 'dataDirectory' | 'database'>;

    beforeAll(() => store.setUp());
    afterAll(() => store.tearDown());
    afterEach(async () => {
      clients.leaveAll();
      await running?.close();
      running = undefined;
      await store.cleanUp();
    });

    async function serve(port = 0): Promise<SyncServer> {
      running = await startSyncServer({ host: '127.0.0.1', port, ...options, log: quietLog });
      return running;
    }

    async function restart(): Promise<SyncServer> {
      const port = running?.port ?? 0;
      await running?.close();
      running = undefined;
      return serve(port);
    }

    async function freshServer(): Promise<SyncServer> {
      options = await store.fresh();
      return serve();
    }

    it('two clients sync, and each sees the other’s edits', async () => {
      const { url } = await freshServer();
      const { doc, programId } = newProgramDoc('Week in Almaty');
      const key = newRoomKey();
      await registerRoom(url, programId, key);
      const first = clients.join(url, programId, key, doc);
      const second = clients.join(url, programId, key);
      await Promise.all([whenSynced(first), whenSynced(second)]);
      setMetaField(first.doc, 'venueCity', 'Almaty', 'a');
      addCoTutor(second.doc, { id: newId(), name: 'Aigerim', institution: '', role: '' }, 'b');
      await waitUntil(
        () => converged([first.doc, second.doc]) && readProgram(first.doc).coTutors.length === 1,
        'both edits reached both clients',
      );
      expect(readProgram(second.doc).meta.venueCity).toBe('Almaty');
    });

    it('keeps a room across a restart, with the edits made before it', async () => {
      const { url } = await freshServer();
      const { doc, programId } = newProgramDoc('Survives a restart');
      const key = newRoomKey();
      await registerRoom(url, programId, key);
      const writer = clients.join(url, programId, key, doc);
      await whenSynced(writer);
      for (const name of ['Dana', 'Erlan', 'Zhanna']) {
        addCoTutor(doc, { id: newId(), name, institution: '', role: '' }, 'a');
      }
      const reader = clients.join(url, programId, key);
      await waitUntil(() => converged([doc, reader.doc]), 'the server holds the edits');
      clients.leaveAll();

      const second = await restart();
      const late = clients.join(second.url, programId, key);
      await whenSynced(late);
      await waitUntil(() => late.doc.getMap('program').size > 0, 'the program came back');
      const program = readProgram(late.doc);
      expect(program.meta.title).toBe('Survives a restart');
      expect(program.coTutors.map((tutor) => tutor.name)).toEqual(['Dana', 'Erlan', 'Zhanna']);
    });

    it('checks keys, and keeps registrations and rotations across a restart', async () => {
      const { url } = await freshServer();
      const { programId } = newProgramDoc('Guarded');
      const key = newRoomKey();
      const ownerSecret = await registerRoom(url, programId, key);
      const another = { key: newRoomKey(), ownerSecret: newRoomKey() };
      expect((await postRoomKey(url, programId, another)).status).toBe(409);
      const newKey = newRoomKey();
      expect((await postRoomKey(url, programId, { ownerSecret, newKey })).status).toBe(200);

      const second = await restart();
      const outcome = (room: string, roomKey: string): Promise<unknown> =>
        openRawSocket(roomUrl(second.url, room, roomKey)).outcome;
      expect(await outcome(programId, key)).toEqual({ opened: false, status: 403 });
      expect(await outcome(newId(), newKey)).toEqual({ opened: false, status: 404 });
      const opened = openRawSocket(roomUrl(second.url, programId, newKey));
      expect(await opened.outcome).toEqual({ opened: true });
      opened.socket.close();
      // The first key registered stays the room's: registering another is still refused.
      expect((await postRoomKey(second.url, programId, another)).status).toBe(409);
    });

    it('stores version bodies once and gives them back after a restart', async () => {
      const { url } = await freshServer();
      const { doc, programId } = newProgramDoc('Week of EMI');
      const key = newRoomKey();
      await registerRoom(url, programId, key);
      const body = encodeVersionBody(Y.encodeStateAsUpdate(doc));
      const versionId = newId();
      const put = (bytes: Uint8Array): Promise<Response> =>
        fetch(versionBodyEndpoint(url, programId, versionId, key), {
          method: 'PUT',
          headers: { 'Content-Type': 'application/octet-stream' },
          body: bytes as Uint8Array<ArrayBuffer>,
        });
      expect((await put(body)).status).toBe(201);
      expect((await put(body)).status).toBe(200);
      expect((await put(encodeVersionBody(new Uint8Array([0, 0])))).status).toBe(409);

      const second = await restart();
      const fetched = await fetch(versionBodyEndpoint(second.url, programId, versionId, key));
      expect(fetched.status).toBe(200);
      expect(Buffer.from(await fetched.arrayBuffer()).equals(body)).toBe(true);
      const missing = await fetch(versionBodyEndpoint(second.url, programId, newId(), key));
      expect(missing.status).toBe(404);
    });
  });
}
