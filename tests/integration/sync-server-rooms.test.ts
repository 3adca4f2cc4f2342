import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import { docs } from '@y/websocket-server/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { parseFrameLog } from '../../electron/services/storage/frame-log';
import { startSyncServer, type SyncServer } from '../../electron/services/sync-server';
import { newId } from '../../shared/model/ids';
import { addCoTutor } from '../../shared/model/mutations/co-tutors';
import { readProgram } from '../../shared/model/read';
import { quietLog, temporaryDirectory } from './fixtures/storage-fixtures';
import {
  type Client,
  Clients,
  converged,
  newProgramDoc,
  newRoomKey,
  registerRoom,
  waitUntil,
  whenSynced,
} from './fixtures/sync-clients';

const ROOMS = 50;
const CLIENTS_PER_ROOM = 4;

type Room = { programId: string; key: string; title: string };

describe(`${ROOMS} rooms × ${CLIENTS_PER_ROOM} clients joining and leaving`, () => {
  let directory: { path: string; remove(): Promise<void> };
  let server: SyncServer;
  const clients = new Clients();

  beforeAll(async () => {
    directory = await temporaryDirectory('sync-rooms');
    server = await startSyncServer({
      host: '127.0.0.1',
      port: 0,
      dataDirectory: directory.path,
      // Every co-tutor here comes from 127.0.0.1: 200 of them join at once.
      keyRequestRate: { perSecond: 100, burst: ROOMS },
      connectionRate: { perSecond: 100, burst: ROOMS * CLIENTS_PER_ROOM },
      log: quietLog,
    });
  });

  afterAll(async () => {
    clients.leaveAll();
    await server.close();
    await directory.remove();
  });

  /** One program's session: a creator and three others join, each adds a co-tutor, all leave. */
  async function session(index: number): Promise<Room> {
    const title = `Program ${index}`;
    const { doc, programId } = newProgramDoc(title);
    const key = newRoomKey();
    await registerRoom(server.url, programId, key);
    const room: Client[] = [clients.join(server.url, programId, key, doc)];
    for (let joiner = 1; joiner < CLIENTS_PER_ROOM; joiner++) {
      room.push(clients.join(server.url, programId, key));
    }
    await Promise.all(room.map((client) => whenSynced(client, 60_000)));
    await waitUntil(
      () => converged(room.map((client) => client.doc)),
      `${title} reached all`,
      60_000,
    );
    room.forEach((client, order) => {
      addCoTutor(
        client.doc,
        { id: newId(), name: `Tutor ${order}`, institution: '', role: '' },
        'test',
      );
    });
    await waitUntil(
      () =>
        converged(room.map((client) => client.doc)) &&
        readProgram(doc).coTutors.length === CLIENTS_PER_ROOM,
      `${title} merged its edits`,
      60_000,
    );
    // Leave one by one, in an order that differs per room.
    for (const client of index % 2 === 0 ? room : [...room].reverse()) clients.leave(client);
    return { programId, key, title };
  }

  it('unloads every room and persists every room’s content', async () => {
    const rooms = await Promise.all(Array.from({ length: ROOMS }, (_, index) => session(index)));
    await waitUntil(() => server.stats().roomsInMemory === 0, 'every room is unloaded', 60_000);
    expect(docs.size).toBe(0);
    expect(server.stats().connections).toBe(0);

    for (const room of rooms) {
      const log = parseFrameLog(
        await readFile(join(directory.path, 'rooms', `${room.programId}.ydoc`)),
      );
      if (!log.ok) throw new Error(`${room.title}: ${log.reason}`);
      const stored = new Y.Doc();
      for (const update of log.updates) Y.applyUpdate(stored, update);
      const program = readProgram(stored);
      expect(program.meta.title).toBe(room.title);
      expect(program.coTutors.map((tutor) => tutor.name).sort()).toEqual([
        'Tutor 0',
        'Tutor 1',
        'Tutor 2',
        'Tutor 3',
      ]);
    }

    // Rejoining loads each room again, with everything in it.
    const returning = rooms.map((room) => clients.join(server.url, room.programId, room.key));
    await Promise.all(returning.map((client) => whenSynced(client, 60_000)));
    await waitUntil(
      () =>
        returning.every(
          (client) =>
            client.doc.getMap('program').size > 0 &&
            readProgram(client.doc).coTutors.length === CLIENTS_PER_ROOM,
        ),
      'every returning client has its program',
      60_000,
    );
    expect(server.stats().roomsInMemory).toBe(ROOMS);
    for (const client of returning) clients.leave(client);
    await waitUntil(
      () => server.stats().roomsInMemory === 0,
      'every room is unloaded again',
      60_000,
    );
    expect(docs.size).toBe(0);
  });
});
