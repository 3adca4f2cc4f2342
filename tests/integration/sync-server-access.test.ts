import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

import { docs } from '@y/websocket-server/utils';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type * as Y from 'yjs';

import type { Logger } from '../../electron/services/logger';
import { startSyncServer, type SyncServer } from '../../electron/services/sync-server';
import { newId } from '../../shared/model/ids';
import { readProgram } from '../../shared/model/read';
import { roomUrl } from '../../shared/sync/room';
import { rawRequest } from './fixtures/http-client';
import { temporaryDirectory } from './fixtures/storage-fixtures';
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

/** Every log line, to prove that no key ever reaches the log. */
const logLines: string[] = [];
const capture: Logger = {
  info: (line) => logLines.push(line),
  warn: (line) => logLines.push(line),
};
const keysUsed: string[] = [];
const key = (): string => {
  const made = newRoomKey();
  keysUsed.push(made);
  return made;
};

let directory: { path: string; remove(): Promise<void> };
let server: SyncServer | undefined;
const clients = new Clients();

async function serve(
  options: { maxRooms?: number; keyRequestRate?: { perSecond: number; burst: number } } = {},
): Promise<SyncServer> {
  directory = await temporaryDirectory('sync-access');
  server = await startSyncServer({
    host: '127.0.0.1',
    port: 0,
    dataDirectory: directory.path,
    log: capture,
    ...options,
  });
  return server;
}

async function stop(): Promise<void> {
  clients.leaveAll();
  await server?.close();
  server = undefined;
  await directory.remove();
}

/** A room whose program was written and persisted, with nobody connected any more. */
async function persistedRoom(
  url: string,
): Promise<{ programId: string; key: string; ownerSecret: string }> {
  const { doc, programId } = newProgramDoc('Confidential week');
  const roomKey = key();
  const ownerSecret = await registerRoom(url, programId, roomKey, key());
  const writer = clients.join(url, programId, roomKey, doc);
  const check = clients.join(url, programId, roomKey);
  await Promise.all([whenSynced(writer), whenSynced(check)]);
  await waitUntil(() => converged([doc, check.doc]), 'the server holds the program');
  clients.leave(writer);
  clients.leave(check);
  return { programId, key: roomKey, ownerSecret };
}

describe('who may enter a room', () => {
  beforeAll(() => serve({ maxRooms: 2 }));
  afterAll(stop);
  afterEach(() => clients.leaveAll());

  it('refuses a missing, wrong or unregistered key at the upgrade and sends no data', async () => {
    const { url } = server!;
    const { programId, key: roomKey } = await persistedRoom(url);
    await waitUntil(() => server!.stats().roomsInMemory === 0, 'the room is unloaded');

    const attempts = [
      { url: `${url}/${programId}`, status: 401 },
      // The same key but its last letter, which is never the letter put in its place.
      {
        url: roomUrl(url, programId, `${roomKey.slice(0, -1)}${roomKey.endsWith('A') ? 'B' : 'A'}`),
        status: 403,
      },
      { url: roomUrl(url, programId, newRoomKey()), status: 403 },
      { url: roomUrl(url, newId(), roomKey), status: 404 },
      { url: roomUrl(url, 'not-a-program', roomKey), status: 404 },
      { url: `${url}/rooms/${programId}/key?key=${roomKey}`, status: 404 },
    ];
    for (const attempt of attempts) {
      const raw = openRawSocket(attempt.url);
      expect(await raw.outcome).toEqual({ opened: false, status: attempt.status });
      await raw.closed;
      expect(raw.messages).toEqual([]);
      // The room was never loaded for it: nothing of the document left the disk.
      expect(docs.has(programId)).toBe(false);
      expect(server!.stats()).toEqual({ roomsInMemory: 0, connections: 0 });
    }
  });

  it('never loads a room that has no key, and refuses a room beyond maxRooms with 503', async () => {
    const { url } = server!;
    const unknown = newId();
    const raw = openRawSocket(roomUrl(url, unknown, newRoomKey()));
    expect(await raw.outcome).toEqual({ opened: false, status: 404 });
    expect(existsSync(join(directory.path, 'rooms', `${unknown}.ydoc`))).toBe(false);

    const rooms = [await persistedRoom(url), await persistedRoom(url), await persistedRoom(url)];
    const [first, second, third] = rooms;
    if (first === undefined || second === undefined || third === undefined)
      throw new Error('No rooms.');
    const a = clients.join(url, first.programId, first.key);
    await whenSynced(a);
    const b = clients.join(url, second.programId, second.key);
    await whenSynced(b);
    const refused = openRawSocket(roomUrl(url, third.programId, third.key));
    expect(await refused.outcome).toEqual({ opened: false, status: 503 });
    const c = clients.join(url, third.programId, third.key);
    clients.leave(a);
    // The provider retries on its own and gets in once a room is free.
    await whenSynced(c);
    expect(server!.stats().roomsInMemory).toBe(2);
  });

  it('rotating the key disconnects old-key clients and refuses the old key afterwards', async () => {
    const { url } = server!;
    const { programId, key: oldKey, ownerSecret } = await persistedRoom(url);
    const connected = clients.join(url, programId, oldKey);
    await whenSynced(connected);
    const closes: number[] = [];
    connected.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));

    const newKey = key();
    expect(await postRoomKey(url, programId, { ownerSecret, newKey })).toEqual({
      status: 200,
      body: { status: 'rotated' },
    });
    await waitUntil(() => closes.length > 0, 'the old-key client is disconnected');
    // 4403 is in y-websocket's range of final closes: the provider stops retrying.
    expect(closes).toEqual([4403]);
    expect(connected.provider.shouldConnect).toBe(false);

    const old = openRawSocket(roomUrl(url, programId, oldKey));
    expect(await old.outcome).toEqual({ opened: false, status: 403 });
    const fresh = clients.join(url, programId, newKey);
    await whenSynced(fresh);
    await waitUntil(() => readProgramTitle(fresh.doc) === 'Confidential week', 'the new key works');

    // A retried rotation succeeds again; a rotation with the old key cannot take over.
    expect(await postRoomKey(url, programId, { ownerSecret, newKey })).toEqual({
      status: 200,
      body: { status: 'already-rotated' },
    });
    expect(
      await postRoomKey(url, programId, { ownerSecret: key(), key: newKey, newKey: key() }),
    ).toMatchObject({ status: 403, body: { reason: 'not-owner' } });
  });
});

describe('the key endpoint', () => {
  beforeAll(() => serve({ keyRequestRate: { perSecond: 0.001, burst: 10 } }));
  afterAll(stop);

  it('registers, refuses a second key, validates bodies, and says nothing more', async () => {
    const { url } = server!;
    const room = newId();
    const roomKey = key();
    const base = url.replace('ws:', 'http:');
    const ownerSecret = key();
    expect(await postRoomKey(url, room, { key: roomKey, ownerSecret })).toEqual({
      status: 201,
      body: { status: 'registered' },
    });
    expect(await postRoomKey(url, room, { key: roomKey, ownerSecret })).toEqual({
      status: 200,
      body: { status: 'already-registered' },
    });
    expect(await postRoomKey(url, room, { key: newRoomKey(), ownerSecret: key() })).toMatchObject({
      status: 409,
      body: { reason: 'room-taken' },
    });
    expect(await postRoomKey(url, newId(), { ownerSecret, newKey: newRoomKey() })).toMatchObject({
      status: 404,
      body: { reason: 'unknown-room' },
    });
    for (const body of [
      { key: 'too-short', ownerSecret },
      { key: newRoomKey(), ownerSecret, extra: 1 },
      // A registration without an owner secret (an app from before owners) is refused.
      { key: newRoomKey() },
      '{not json',
    ]) {
      expect(await postRoomKey(url, newId(), body)).toMatchObject({
        status: 400,
        body: { reason: 'invalid-body' },
      });
    }
    expect((await postRoomKey(url, newId(), { key: 'A'.repeat(5000) })).status).toBe(413);

    const banner = await fetch(`${base}/`);
    expect(await banner.text()).toBe('Cotutor sync server\n');
    expect((await fetch(`${base}/rooms/${room}/key`)).status).toBe(405);
    for (const path of ['/rooms', `/rooms/${room}`, '/stats', '/favicon.ico']) {
      expect((await fetch(`${base}${path}`)).status).toBe(404);
    }
    // The tenth key request of this address is the last of its burst.
    expect((await postRoomKey(url, newId(), { key: newRoomKey(), ownerSecret })).status).toBe(201);
    expect(await postRoomKey(url, newId(), { key: newRoomKey(), ownerSecret })).toMatchObject({
      status: 429,
      body: { reason: 'rate-limited' },
    });
  });

  it('answers hostile request targets with 404, as requests and as upgrades', async () => {
    const base = server!.url.replace('ws:', 'http:');
    for (const path of ['//[', '//evil.example/', 'http://evil.example/', '/%zz', '/rooms//key']) {
      expect((await rawRequest(base, { path })).status, path).toBe(404);
      expect(await upgradeStatus(base, path), path).toBe(404);
    }
    expect((await fetch(`${base}/`)).status).toBe(200);
  });

  it('never writes a key into the log', () => {
    expect(logLines.length).toBeGreaterThan(10);
    for (const line of logLines) {
      expect(() => JSON.parse(line) as unknown).not.toThrow();
      for (const used of keysUsed) expect(line).not.toContain(used);
    }
  });
});

/** The status line's code for a WebSocket upgrade sent with exactly this target. */
async function upgradeStatus(base: string, target: string): Promise<number> {
  const { hostname, port } = new URL(base);
  const socket = connect(Number(port), hostname);
  socket.write(
    `GET ${target} HTTP/1.1\r\nHost: ${hostname}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
  );
  const [chunk] = (await once(socket, 'data')) as [Buffer];
  socket.destroy();
  return Number(/^HTTP\/1\.1 (\d{3})/.exec(chunk.toString('latin1'))?.[1]);
}

function readProgramTitle(doc: Y.Doc): string {
  return doc.getMap('program').size === 0 ? '' : readProgram(doc).meta.title;
}
