import { request } from 'node:http';

import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { encodeVersionBody } from '../../electron/services/storage/version-body';
import {
  startSyncServer,
  type SyncServer,
  type SyncServerOptions,
} from '../../electron/services/sync-server';
import { newId } from '../../shared/model/ids';
import { versionBodyEndpoint } from '../../shared/sync/room';
import { rawRequest } from './fixtures/http-client';
import { quietLog, temporaryDirectory } from './fixtures/storage-fixtures';
import { newProgramDoc, newRoomKey, registerRoom, waitUntil } from './fixtures/sync-clients';

let directory: { path: string; remove(): Promise<void> } | undefined;
let server: SyncServer | undefined;

async function serve(options: Partial<SyncServerOptions> = {}): Promise<SyncServer> {
  directory ??= await temporaryDirectory('sync-versions');
  server = await startSyncServer({
    host: '127.0.0.1',
    port: 0,
    dataDirectory: directory.path,
    log: quietLog,
    ...options,
  });
  return server;
}

afterEach(async () => {
  await server?.close();
  server = undefined;
  await directory?.remove();
  directory = undefined;
});

/** A registered room, and a version body of its program as the app uploads it. */
async function room(url: string): Promise<{ programId: string; key: string; file: Buffer }> {
  const { doc, programId } = newProgramDoc('Week of EMI');
  const key = newRoomKey();
  await registerRoom(url, programId, key);
  return { programId, key, file: encodeVersionBody(Y.encodeStateAsUpdate(doc)) };
}

/** Sends the head of a PUT and `part` of its body, never the end: the status it is answered with. */
function answerBeforeTheEnd(
  url: string,
  headers: Record<string, string>,
  part: Buffer,
): Promise<number> {
  const { hostname, port, pathname, search } = new URL(url.replace('ws:', 'http:'));
  return new Promise((resolve, reject) => {
    const outgoing = request({
      hostname,
      port,
      method: 'PUT',
      path: `${pathname}${search}`,
      headers: { 'Content-Type': 'application/octet-stream', ...headers },
    });
    outgoing.on('response', (incoming) => {
      incoming.resume();
      resolve(incoming.statusCode ?? 0);
      outgoing.destroy();
    });
    outgoing.on('error', reject);
    outgoing.write(part);
  });
}

function put(url: string, body: Uint8Array): Promise<Response> {
  return fetch(url, {
    method: 'PUT',
    headers: { 'Content-Type': 'application/octet-stream' },
    body: body as Uint8Array<ArrayBuffer>,
  });
}

describe('version bodies on the sync server', () => {
  it('stores a body and gives it back to whoever holds the key, also after a restart', async () => {
    const first = await serve();
    const { programId, key, file } = await room(first.url);
    const versionId = newId();
    const endpoint = versionBodyEndpoint(first.url, programId, versionId, key);
    expect((await put(endpoint, file)).status).toBe(201);
    // The same bytes again (a retried upload) succeed; other bytes for that id are refused.
    expect((await put(endpoint, file)).status).toBe(200);
    const other = encodeVersionBody(new Uint8Array([0, 0]));
    expect((await put(endpoint, other)).status).toBe(409);

    const { port } = first;
    await first.close();
    const second = await serve({ port });
    const fetched = await fetch(versionBodyEndpoint(second.url, programId, versionId, key));
    expect(fetched.status).toBe(200);
    expect(Buffer.from(await fetched.arrayBuffer()).equals(file)).toBe(true);
  });

  it('refuses a missing or wrong key and an unknown room, and sends no body', async () => {
    const { url } = await serve();
    const { programId, key, file } = await room(url);
    const versionId = newId();
    await put(versionBodyEndpoint(url, programId, versionId, key), file);
    const path = `/rooms/${programId}/versions/${versionId}`;

    const none = await rawRequest(url.replace('ws:', 'http:'), { path });
    expect(none.status).toBe(401);
    const wrong = await fetch(versionBodyEndpoint(url, programId, versionId, newRoomKey()));
    expect(wrong.status).toBe(403);
    expect(await wrong.text()).not.toContain('CTVB');
    const elsewhere = await fetch(versionBodyEndpoint(url, newId(), versionId, key));
    expect(elsewhere.status).toBe(404);
    const overwrite = await put(versionBodyEndpoint(url, programId, newId(), newRoomKey()), file);
    expect(overwrite.status).toBe(403);
    expect((await fetch(versionBodyEndpoint(url, programId, newId(), key))).status).toBe(404);
  });

  it('refuses bad ids and anything that is not a whole version body', async () => {
    const { url } = await serve();
    const { programId, key, file } = await room(url);
    const bad = versionBodyEndpoint(url, programId, newId(), key).replace(
      /versions\/[^?]+/,
      'versions/..%2Fkey',
    );
    expect((await put(bad, file)).status).toBe(400);
    const endpoint = (): string => versionBodyEndpoint(url, programId, newId(), key);
    const changed = Buffer.from(file);
    changed.writeUInt8(changed.readUInt8(changed.byteLength - 1) ^ 1, changed.byteLength - 1);
    expect((await put(endpoint(), changed)).status).toBe(400);
    expect((await put(endpoint(), file.subarray(0, file.byteLength - 1))).status).toBe(400);
    expect((await put(endpoint(), Buffer.from('{"not":"a body"}'))).status).toBe(400);
    const http = url.replace('ws:', 'http:');
    const deleted = await rawRequest(http, {
      method: 'DELETE',
      path: `/rooms/${programId}/versions/${newId()}?key=${key}`,
    });
    expect(deleted.status).toBe(405);
  });

  it('refuses a body over the limit with 413 before it has all arrived', async () => {
    const { url } = await serve({ maxVersionBytes: 64 * 1024 });
    const { programId, key } = await room(url);
    const endpoint = (): string => versionBodyEndpoint(url, programId, newId(), key);
    // 40 MiB announced, 1 MiB sent: the answer comes without the rest.
    const announced = { 'Content-Length': String(40 * 1024 * 1024) };
    expect(await answerBeforeTheEnd(endpoint(), announced, Buffer.alloc(1024 * 1024))).toBe(413);
    // No length announced (chunked): the server stops once the bytes pass the limit.
    expect(await answerBeforeTheEnd(endpoint(), {}, Buffer.alloc(65 * 1024 + 100))).toBe(413);
  });

  it('keeps at most maxVersionsPerRoom bodies in a room', async () => {
    const { url } = await serve({ maxVersionsPerRoom: 3 });
    const { programId, key, file } = await room(url);
    const ids = [newId(), newId(), newId()];
    for (const id of ids)
      expect((await put(versionBodyEndpoint(url, programId, id, key), file)).status).toBe(201);
    expect((await put(versionBodyEndpoint(url, programId, newId(), key), file)).status).toBe(507);
    // A repeat of a stored one still succeeds, and another room is not affected.
    expect((await put(versionBodyEndpoint(url, programId, ids[0] ?? '', key), file)).status).toBe(
      200,
    );
    const other = await room(url);
    const fresh = versionBodyEndpoint(url, other.programId, newId(), other.key);
    expect((await put(fresh, other.file)).status).toBe(201);
  });

  it('finishes an upload in progress when it stops', async () => {
    const lines: string[] = [];
    const running = await serve({
      log: { info: (line) => lines.push(line), warn: () => undefined },
    });
    const { programId, key, file } = await room(running.url);
    const versionId = newId();
    const endpoint = versionBodyEndpoint(running.url, programId, versionId, key);
    const { hostname, port, pathname, search } = new URL(endpoint.replace('ws:', 'http:'));
    const half = Math.floor(file.byteLength / 2);
    const outgoing = request({
      hostname,
      port,
      method: 'PUT',
      path: `${pathname}${search}`,
      headers: {
        'Content-Type': 'application/octet-stream',
        'Content-Length': String(file.byteLength),
      },
    });
    const answered = new Promise<number>((resolve, reject) => {
      outgoing.on('response', (incoming) => {
        incoming.resume();
        resolve(incoming.statusCode ?? 0);
      });
      outgoing.on('error', reject);
    });
    outgoing.write(file.subarray(0, half));
    await waitUntil(
      () => lines.some((line) => line.includes('"version-receiving"')),
      'the server is receiving the upload',
    );
    const closed = running.close();
    outgoing.end(file.subarray(half));
    expect(await answered).toBe(201);
    await closed;

    const again = await serve();
    const fetched = await fetch(versionBodyEndpoint(again.url, programId, versionId, key));
    expect(Buffer.from(await fetched.arrayBuffer()).equals(file)).toBe(true);
  });
});
