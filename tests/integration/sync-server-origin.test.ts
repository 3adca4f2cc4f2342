import { randomUUID } from 'node:crypto';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';

import { startSyncServer, type SyncServer } from '../../electron/services/sync-server';
import { newId } from '../../shared/model/ids';
import { roomUrl } from '../../shared/sync/room';
import { rawRequest } from './fixtures/http-client';
import { temporaryDirectory } from './fixtures/storage-fixtures';
import { newRoomKey, registerRoom } from './fixtures/sync-clients';

/** A page the user has open in their browser, on a site of someone else's. */
const FOREIGN = 'https://attacker.example';
const WEB_HOST = 'http://127.0.0.1:5173';

let directory: { path: string; remove(): Promise<void> };
let server: SyncServer;
let base: string;

beforeAll(async () => {
  directory = await temporaryDirectory('sync-origin');
  server = await startSyncServer({
    host: '127.0.0.1',
    port: 0,
    dataDirectory: directory.path,
    allowedOrigins: ['app://cotutor', WEB_HOST],
    log: { info: () => undefined, warn: () => undefined },
  });
  base = `http://127.0.0.1:${server.port}`;
});

afterAll(async () => {
  await server.close();
  await directory.remove();
});

function postKey(programId: string, key: string, headers: Record<string, string>, body?: string) {
  return rawRequest(base, {
    method: 'POST',
    path: `/rooms/${programId}/key`,
    headers,
    body: body ?? JSON.stringify({ key, ownerSecret: key }),
  });
}

function upgradeStatus(url: string, origin?: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, origin === undefined ? {} : { origin });
    socket.once('open', () => {
      socket.close();
      resolve(101);
    });
    socket.once('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.once('error', reject);
  });
}

describe('requests a web page in the browser could send', () => {
  it('refuses a key registration from a foreign origin, and registers nothing', async () => {
    const programId = newId();
    const answer = await postKey(programId, newRoomKey(), {
      Origin: FOREIGN,
      'Content-Type': 'application/json',
    });
    expect(answer.status).toBe(403);
    expect(JSON.parse(answer.body)).toMatchObject({ code: 'origin-not-allowed' });
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    // The room is still free: the app's own registration is the first.
    const mine = await postKey(programId, newRoomKey(), { 'Content-Type': 'application/json' });
    expect(mine.status).toBe(201);
  });

  it('refuses text/plain and form bodies, which a page may send without asking', async () => {
    const programId = newId();
    const key = newRoomKey();
    const plain = await postKey(programId, key, { 'Content-Type': 'text/plain' });
    const form = await postKey(
      programId,
      key,
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      `key=${key}`,
    );
    const none = await postKey(programId, key, {});
    for (const answer of [plain, form, none]) {
      expect(answer.status).toBe(415);
      expect(JSON.parse(answer.body)).toMatchObject({ code: 'unsupported-content-type' });
    }
    expect((await postKey(programId, key, { 'Content-Type': 'application/json' })).status).toBe(
      201,
    );
  });

  it('refuses a version body that is not sent as binary, and stores nothing', async () => {
    const programId = newId();
    const key = newRoomKey();
    await registerRoom(server.url.replace('ws:', 'http:'), programId, key);
    const path = `/rooms/${programId}/versions/${randomUUID()}?key=${key}`;
    const upload = await rawRequest(base, {
      method: 'PUT',
      path,
      headers: { 'Content-Type': 'text/plain' },
      body: 'not a version',
    });
    expect(upload.status).toBe(415);
    expect(JSON.parse(upload.body)).toMatchObject({ code: 'unsupported-content-type' });
    const fetched = await rawRequest(base, { path });
    expect(fetched.status).toBe(404);
    // A download from a foreign page is refused too, before the key is even looked at.
    const foreign = await rawRequest(base, { path, headers: { Origin: FOREIGN } });
    expect(foreign.status).toBe(403);
  });

  it("accepts the app's own origins and programs that send none", async () => {
    const programId = newId();
    const key = newRoomKey();
    const answer = await postKey(programId, key, {
      Origin: 'app://cotutor',
      'Content-Type': 'application/json; charset=utf-8',
    });
    expect(answer.status).toBe(201);
    const url = roomUrl(server.url, programId, key);
    expect(await upgradeStatus(url)).toBe(101);
    expect(await upgradeStatus(url, 'app://cotutor')).toBe(101);
    expect(await upgradeStatus(url, WEB_HOST)).toBe(101);
  });

  it('refuses a WebSocket from a foreign origin, even with the right key', async () => {
    const programId = newId();
    const key = newRoomKey();
    await registerRoom(base, programId, key);
    expect(await upgradeStatus(roomUrl(server.url, programId, key), FOREIGN)).toBe(403);
  });
});
