import { createServer } from 'node:http';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { startSyncServer, type SyncServer } from '../../electron/services/sync-server';
import { newBlock } from '../../shared/model/defaults';
import { newId } from '../../shared/model/ids';
import { addBlock } from '../../shared/model/mutations/blocks';
import { addCoTutor } from '../../shared/model/mutations/co-tutors';
import { setDayTimes, setMetaField } from '../../shared/model/mutations/program';
import { readProgram } from '../../shared/model/read';
import { roomUrl } from '../../shared/sync/room';
import { quietLog, temporaryDirectory } from './fixtures/storage-fixtures';
import {
  type Client,
  Clients,
  converged,
  newProgramDoc,
  newRoomKey,
  programOf,
  registerRoom,
  waitUntil,
  whenSynced,
} from './fixtures/sync-clients';
import { syncOverRawSocket } from './fixtures/sync-raw-client';

/** Co-editing through the real server on 127.0.0.1 with the official y-websocket client. */
describe('co-editing through the sync server', () => {
  let directory: { path: string; remove(): Promise<void> };
  let server: SyncServer | undefined;
  const clients = new Clients();

  beforeEach(async () => {
    directory = await temporaryDirectory('sync-collab');
    server = await startSyncServer({
      host: '127.0.0.1',
      port: 0,
      dataDirectory: directory.path,
      log: quietLog,
    });
  });

  afterEach(async () => {
    clients.leaveAll();
    await server?.close();
    await directory.remove();
  });

  /** A shared program: the first client holds it, the room has a key. */
  async function sharedProgram(
    title: string,
  ): Promise<{ first: Client; programId: string; key: string }> {
    const { doc, programId } = newProgramDoc(title);
    const key = newRoomKey();
    await registerRoom(running().url, programId, key);
    const first = clients.join(running().url, programId, key, doc);
    await whenSynced(first);
    return { first, programId, key };
  }

  function running(): SyncServer {
    if (server === undefined) throw new Error('No server is running.');
    return server;
  }

  it('three clients converge, each seeing the edits of the others', async () => {
    const { first, programId, key } = await sharedProgram('Week in Pavlodar');
    const second = clients.join(running().url, programId, key);
    const third = clients.join(running().url, programId, key);
    await Promise.all([whenSynced(second), whenSynced(third)]);
    await waitUntil(
      () => converged([first.doc, second.doc, third.doc]),
      'everyone has the program',
    );

    const [monday, tuesday] = readProgram(first.doc).days;
    if (monday === undefined || tuesday === undefined) throw new Error('The program has no days.');
    setMetaField(first.doc, 'venueCity', 'Pavlodar', 'a');
    addBlock(second.doc, monday.id, 0, newBlock('workshop', { title: 'CLIL warm-up' }), 'b');
    setDayTimes(third.doc, tuesday.id, { startMin: 8 * 60 + 30, plannedEndMin: 16 * 60 }, 'c');

    await waitUntil(() => converged([first.doc, second.doc, third.doc]), 'the three edits merged');
    const program = readProgram(third.doc);
    expect(program.meta.venueCity).toBe('Pavlodar');
    expect(program.days[0]?.blocks.map((block) => block.title)).toEqual(['CLIL warm-up']);
    expect(program.days[1]?.startMin).toBe(8 * 60 + 30);
  });

  it('merges offline edits of two clients when they reconnect', async () => {
    const { first, programId, key } = await sharedProgram('Offline week');
    const second = clients.join(running().url, programId, key);
    await whenSynced(second);
    await waitUntil(() => converged([first.doc, second.doc]), 'both have the program');

    first.provider.disconnect();
    second.provider.disconnect();
    const monday = readProgram(first.doc).days[0]?.id ?? '';
    addBlock(first.doc, monday, 0, newBlock('input', { title: 'Written on the train' }), 'a');
    setMetaField(first.doc, 'title', 'Offline week (Leiden)', 'a');
    addBlock(second.doc, monday, 0, newBlock('reflection', { title: 'Written in Astana' }), 'b');
    addCoTutor(
      second.doc,
      { id: newId(), name: 'Aigerim', institution: 'PSU', role: 'co-tutor' },
      'b',
    );
    expect(programOf(first.doc)).not.toBe(programOf(second.doc));

    first.provider.connect();
    second.provider.connect();
    await waitUntil(() => converged([first.doc, second.doc]), 'the offline edits merged');
    const program = readProgram(second.doc);
    expect(program.meta.title).toBe('Offline week (Leiden)');
    expect(program.days[0]?.blocks.map((block) => block.title).sort()).toEqual([
      'Written in Astana',
      'Written on the train',
    ]);
    expect(program.coTutors.map((tutor) => tutor.name)).toEqual(['Aigerim']);
  });

  it('loses nothing when the server restarts mid-session', async () => {
    const { first, programId, key } = await sharedProgram('Restarted week');
    const second = clients.join(running().url, programId, key);
    await whenSynced(second);
    const monday = readProgram(first.doc).days[0]?.id ?? '';
    addBlock(second.doc, monday, 0, newBlock('visit', { title: 'Before the restart' }), 'b');
    await waitUntil(() => converged([first.doc, second.doc]), 'both have the first edit');

    const { port } = running();
    await running().close();
    server = undefined;
    // Edits while the server is down stay in the clients until they reconnect.
    addBlock(first.doc, monday, 1, newBlock('plenary', { title: 'While it was down' }), 'a');
    server = await startSyncServer({
      host: '127.0.0.1',
      port,
      dataDirectory: directory.path,
      log: quietLog,
    });
    await Promise.all([whenSynced(first), whenSynced(second)]);
    await waitUntil(() => converged([first.doc, second.doc]), 'both have both edits');

    const late = clients.join(running().url, programId, key);
    await whenSynced(late);
    await waitUntil(
      () => converged([first.doc, second.doc, late.doc]),
      'a new client has everything',
    );
    const titles = readProgram(late.doc).days[0]?.blocks.map((block) => block.title);
    expect(titles).toEqual(['Before the restart', 'While it was down']);
  });

  it('lets the official y-websocket client see a program written by another client', async () => {
    // The writer is a different implementation: y-protocols' sync over a bare socket.
    const { doc, programId } = newProgramDoc('Written elsewhere');
    const key = newRoomKey();
    await registerRoom(running().url, programId, key);
    const writer = await syncOverRawSocket(roomUrl(running().url, programId, key), doc);
    addCoTutor(
      doc,
      { id: newId(), name: 'Marloes', institution: 'Leiden', role: 'lead' },
      'writer',
    );

    const reader = clients.join(running().url, programId, key, new Y.Doc());
    await whenSynced(reader);
    await waitUntil(() => converged([doc, reader.doc]), 'the reader has the program');
    expect(readProgram(reader.doc).meta.title).toBe('Written elsewhere');
    expect(readProgram(reader.doc).coTutors.map((tutor) => tutor.name)).toEqual(['Marloes']);
    writer.socket.close();
    await writer.closed;
  });

  it('refuses a second server in one process, and recovers from a port in use', async () => {
    const options = { host: '127.0.0.1', dataDirectory: directory.path, log: quietLog };
    await expect(startSyncServer({ ...options, port: 0 })).rejects.toThrow(/already running/);
    const { port } = running();
    await running().close();
    server = undefined;

    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    try {
      await expect(startSyncServer({ ...options, port })).rejects.toMatchObject({
        code: 'EADDRINUSE',
      });
    } finally {
      await new Promise<void>((resolve) => squatter.close(() => resolve()));
    }
    // The failed start left nothing behind: the next one works.
    server = await startSyncServer({ ...options, port: 0 });
    const { first } = await sharedProgram('After a port clash');
    expect(first.provider.synced).toBe(true);
  });
});
