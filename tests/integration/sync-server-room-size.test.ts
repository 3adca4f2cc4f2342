import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import {
  startSyncServer,
  type SyncServer,
  type SyncServerOptions,
} from '../../electron/services/sync-server';
import { roomUrl } from '../../shared/sync/room';
import { quietLog } from './fixtures/storage-fixtures';
import { newProgramDoc, newRoomKey, registerRoom, waitUntil } from './fixtures/sync-clients';
import { type RawSocket, syncOverRawSocket } from './fixtures/sync-raw-client';
import { bothStores, storeTitle } from './fixtures/sync-stores';

const MAX_ROOM_BYTES = 64 * 1024;
const CHUNK_BYTES = 12 * 1024;

/** What a client holds once it synced with the room: the chunks the server kept. */
async function chunksInRoom(url: string, programId: string, key: string): Promise<string[]> {
  const doc = new Y.Doc();
  const raw = await syncOverRawSocket(roomUrl(url, programId, key), doc);
  raw.socket.close();
  return doc.getArray<string>('chunks').toArray();
}

for (const store of bothStores()) {
  describe.skipIf(store.missing !== null)(storeTitle(store, 'a room’s size cap'), () => {
    let running: SyncServer | undefined;
    let options: Pick<SyncServerOptions, 'dataDirectory' | 'database'>;
    const sockets: RawSocket[] = [];

    beforeAll(() => store.setUp());
    afterAll(() => store.tearDown());
    afterEach(async () => {
      for (const raw of sockets.splice(0)) raw.socket.terminate();
      await running?.close();
      running = undefined;
      await store.cleanUp();
    });

    async function serve(port = 0): Promise<SyncServer> {
      running = await startSyncServer({
        host: '127.0.0.1',
        port,
        ...options,
        maxRoomBytes: MAX_ROOM_BYTES,
        log: quietLog,
      });
      return running;
    }

    it('refuses the update that would take a room past it, stores none of it, and leaves other rooms alone', async () => {
      options = await store.fresh();
      const { url } = await serve();
      const full = { programId: newProgramDoc('Fills up').programId, key: newRoomKey() };
      const other = newProgramDoc('Next door');
      const otherKey = newRoomKey();
      await registerRoom(url, full.programId, full.key);
      await registerRoom(url, other.programId, otherKey);

      const writerDoc = new Y.Doc();
      const writer = await syncOverRawSocket(roomUrl(url, full.programId, full.key), writerDoc);
      sockets.push(writer);
      // Each chunk is one update the server counts as it arrives, written or not yet.
      const chunks = writerDoc.getArray<string>('chunks');
      for (let index = 0; index < 8; index++) {
        chunks.push([randomBytes(CHUNK_BYTES / 2).toString('hex')]);
      }
      expect(await writer.closed).toEqual({ code: 4413, reason: 'room-too-large' });

      const kept = await chunksInRoom(url, full.programId, full.key);
      expect(kept.length).toBeGreaterThan(0);
      expect(kept.length).toBeLessThan(8);
      expect(kept).toEqual(chunks.toArray().slice(0, kept.length));

      // Another room takes a large update as usual.
      const neighbour = await syncOverRawSocket(roomUrl(url, other.programId, otherKey), other.doc);
      const readerDoc = new Y.Doc();
      const reader = await syncOverRawSocket(roomUrl(url, other.programId, otherKey), readerDoc);
      sockets.push(neighbour, reader);
      other.doc.getArray<string>('chunks').push([randomBytes(CHUNK_BYTES / 2).toString('hex')]);
      await waitUntil(
        () => readerDoc.getArray('chunks').length === 1,
        'the other room relayed its update',
      );

      // What is stored is what was accepted, within the cap.
      const port = running?.port ?? 0;
      for (const raw of sockets.splice(0)) raw.socket.close();
      await running?.close();
      running = undefined;
      const again = await serve(port);
      expect(await chunksInRoom(again.url, full.programId, full.key)).toEqual(kept);
      if (options.database === undefined) {
        const file = join(options.dataDirectory ?? '', 'rooms', `${full.programId}.ydoc`);
        expect((await stat(file)).size).toBeLessThanOrEqual(MAX_ROOM_BYTES);
      }
    });
  });
}
