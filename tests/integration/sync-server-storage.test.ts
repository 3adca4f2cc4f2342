import { readdir, readFile, readlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { encodeLog, parseFrameLog } from '../../electron/services/storage/frame-log';
import { startSyncServer, type SyncServer } from '../../electron/services/sync-server';
import { newId } from '../../shared/model/ids';
import { addCoTutor } from '../../shared/model/mutations/co-tutors';
import { readProgram } from '../../shared/model/read';
import { roomUrl } from '../../shared/sync/room';
import { quietLog, temporaryDirectory } from './fixtures/storage-fixtures';
import {
  Clients,
  newProgramDoc,
  newRoomKey,
  registerRoom,
  waitUntil,
  whenSynced,
} from './fixtures/sync-clients';
import { openRawSocket } from './fixtures/sync-raw-client';

/** Room files are the app's .ydoc frame log; the server reads them as the app does. */
describe('room files on the server', () => {
  let directory: { path: string; remove(): Promise<void> };
  let server: SyncServer;
  const clients = new Clients();
  const fileOf = (programId: string): string => join(directory.path, 'rooms', `${programId}.ydoc`);

  beforeAll(async () => {
    directory = await temporaryDirectory('sync-storage');
    server = await startSyncServer({
      host: '127.0.0.1',
      port: 0,
      dataDirectory: directory.path,
      log: quietLog,
    });
  });

  afterAll(async () => {
    clients.leaveAll();
    await server.close();
    await directory.remove();
  });

  /** A registered room whose file holds exactly `bytes`. */
  async function roomWithFile(bytes: Uint8Array): Promise<{ programId: string; key: string }> {
    const programId = newId();
    const key = newRoomKey();
    await registerRoom(server.url, programId, key);
    await writeFile(fileOf(programId), bytes);
    return { programId, key };
  }

  it('refuses a room whose file is damaged with 500 and leaves the file as it was', async () => {
    const damaged = Buffer.from('NOT A COTUTOR FILE');
    const { programId, key } = await roomWithFile(damaged);
    const raw = openRawSocket(roomUrl(server.url, programId, key));
    expect(await raw.outcome).toEqual({ opened: false, status: 500 });
    expect(raw.messages).toEqual([]);
    expect(await readFile(fileOf(programId))).toEqual(damaged);
    await waitUntil(() => server.stats().roomsInMemory === 0, 'the failed room is let go');
  });

  it('drops a torn tail and keeps every complete frame', async () => {
    const { doc } = newProgramDoc('Torn at the end');
    const good = encodeLog([Y.encodeStateAsUpdate(doc)]);
    const { programId, key } = await roomWithFile(Buffer.concat([good, Buffer.from([7, 0, 0])]));
    const client = clients.join(server.url, programId, key);
    await whenSynced(client);
    expect(readProgram(client.doc).meta.title).toBe('Torn at the end');
    // Cut back to the end of the last complete frame (nobody has edited since).
    expect(await readFile(fileOf(programId))).toEqual(good);
    clients.leave(client);
  });

  it('appends to the file through a compaction, and lets go of it once the room is unloaded', async () => {
    const { doc } = newProgramDoc('Edited across a compaction');
    const updates = [Y.encodeStateAsUpdate(doc)];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    // Ten frames short of the limit: the client's edits take the file past it.
    for (let index = 0; index < 9_990; index++) doc.getMap('counter').set('value', index);
    const { programId, key } = await roomWithFile(encodeLog(updates));
    const file = fileOf(programId);

    const client = clients.join(server.url, programId, key);
    await whenSynced(client);
    const stored = async (): Promise<number | undefined> => {
      const log = parseFrameLog(await readFile(file));
      if (!log.ok) return undefined;
      const read = new Y.Doc();
      for (const update of log.updates) Y.applyUpdate(read, update);
      return read.getMap('counter').get('value') as number | undefined;
    };
    // One edit per flush (500 ms): appends before the compaction and after it.
    for (let value = 10_000; value < 10_030; value++) {
      client.doc.getMap('counter').set('value', value);
      const deadline = Date.now() + 20_000;
      while ((await stored()) !== value) {
        if (Date.now() > deadline) throw new Error(`Edit ${value} was not stored.`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    }
    const log = parseFrameLog(await readFile(file));
    expect(log.ok && log.updates.length).toBeLessThan(100);

    clients.leave(client);
    await waitUntil(() => server.stats().roomsInMemory === 0, 'the room is unloaded');
    expect(await stored()).toBe(10_029);
    // No descriptor of this process still points at the room's file.
    const open = await Promise.all(
      (await readdir('/proc/self/fd')).map((fd) =>
        readlink(join('/proc/self/fd', fd)).catch(() => ''),
      ),
    );
    expect(open.filter((target) => target.startsWith(file))).toEqual([]);
  });

  it('compacts a file of many frames into one by re-encoding the document', async () => {
    const { doc } = newProgramDoc('Many small edits');
    const updates = [Y.encodeStateAsUpdate(doc)];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (let index = 0; index < 10_050; index++) doc.getMap('counter').set('value', index);
    addCoTutor(doc, { id: newId(), name: 'Last edit', institution: '', role: '' }, 'test');
    const { programId, key } = await roomWithFile(encodeLog(updates));

    const client = clients.join(server.url, programId, key);
    await whenSynced(client);
    expect(readProgram(client.doc).coTutors.map((tutor) => tutor.name)).toEqual(['Last edit']);
    expect(client.doc.getMap('counter').get('value')).toBe(10_049);
    const log = parseFrameLog(await readFile(fileOf(programId)));
    expect(log.ok && log.updates.length).toBe(1);
    clients.leave(client);
  });
});
