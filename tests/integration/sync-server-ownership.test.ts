import { spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { encodeVersionBody } from '../../electron/services/storage/version-body';
import { startSyncServer, type SyncServer } from '../../electron/services/sync-server';
import { newId } from '../../shared/model/ids';
import { readProgram } from '../../shared/model/read';
import { roomUrl, versionBodyEndpoint } from '../../shared/sync/room';
import { quietLog, temporaryDirectory } from './fixtures/storage-fixtures';
import { startCli } from './fixtures/sync-cli';
import {
  Clients,
  converged,
  deleteRoomKey,
  newProgramDoc,
  newRoomKey,
  postRoomKey,
  registerRoom,
  waitUntil,
  whenSynced,
} from './fixtures/sync-clients';
import { openRawSocket } from './fixtures/sync-raw-client';

const CLI = join(import.meta.dirname, '../../electron/services/sync-server/cli.ts');
const TOKEN = 'institution-token-0123456789';

let directory: { path: string; remove(): Promise<void> };
let server: SyncServer | undefined;
const clients = new Clients();

async function serve(registrationToken?: string): Promise<SyncServer> {
  directory = await temporaryDirectory('sync-ownership');
  server = await startSyncServer({
    host: '127.0.0.1',
    port: 0,
    dataDirectory: directory.path,
    log: quietLog,
    ...(registrationToken === undefined ? {} : { registrationToken }),
  });
  return server;
}

afterEach(async () => {
  clients.leaveAll();
  await server?.close();
  server = undefined;
  await directory.remove();
});

const keyFile = (): string => join(directory.path, 'room-keys.json');
const keyFileText = (): Promise<string> => readFile(keyFile(), 'utf8').catch(() => '');
const roomFile = (name: string): string => join(directory.path, 'rooms', `${name}.ydoc`);

/** The HTTP status a WebSocket upgrade with this key gets (or 101). */
async function upgradeStatus(url: string, room: string, key: string): Promise<number> {
  const raw = openRawSocket(roomUrl(url, room, key));
  const outcome = await raw.outcome;
  if (outcome.opened) raw.socket.close();
  await raw.closed;
  return outcome.opened ? 101 : (outcome.status ?? 0);
}

/** A program written into its room by one co-tutor and read back by another. */
async function writtenRoom(url: string, title: string) {
  const { doc, programId } = newProgramDoc(title);
  const key = newRoomKey();
  const ownerSecret = await registerRoom(url, programId, key);
  const owner = clients.join(url, programId, key, doc);
  const invitee = clients.join(url, programId, key);
  await Promise.all([whenSynced(owner), whenSynced(invitee)]);
  await waitUntil(() => converged([doc, invitee.doc]), 'the server holds the program');
  await waitUntil(() => existsSync(roomFile(programId)), 'the room is stored');
  return { programId, key, ownerSecret, owner, invitee };
}

async function putVersion(url: string, programId: string, key: string): Promise<string> {
  const versionId = randomUUID();
  const body = encodeVersionBody(Y.encodeStateAsUpdate(newProgramDoc('A version').doc));
  const response = await fetch(
    versionBodyEndpoint(url, programId, versionId, key).replace(/^ws/, 'http'),
    {
      method: 'PUT',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: new Uint8Array(body),
    },
  );
  expect(response.status).toBe(201);
  return versionId;
}

describe('who may register a room', () => {
  it('needs the registration token when the server has one, and stores nothing without it', async () => {
    const { url } = await serve(TOKEN);
    const programId = newId();
    const key = newRoomKey();
    const ownerSecret = newRoomKey();
    const before = await keyFileText();

    expect(await postRoomKey(url, programId, { key, ownerSecret })).toMatchObject({
      status: 401,
      body: { reason: 'registration-token-required' },
    });
    for (const token of ['institution-token-0123456780', 'short', TOKEN.toUpperCase()]) {
      expect(await postRoomKey(url, programId, { key, ownerSecret }, { token })).toMatchObject({
        status: 401,
        body: { reason: 'registration-token-wrong' },
      });
    }
    expect(await keyFileText()).toBe(before);
    expect(await upgradeStatus(url, programId, key)).toBe(404);

    expect(await postRoomKey(url, programId, { key, ownerSecret }, { token: TOKEN })).toEqual({
      status: 201,
      body: { status: 'registered' },
    });
    expect(await upgradeStatus(url, programId, key)).toBe(101);
    // Nothing of the token reaches the key file.
    expect(await keyFileText()).not.toContain(TOKEN);
  });

  it('lets anyone register on a server without a token', async () => {
    const { url } = await serve();
    const key = newRoomKey();
    const programId = newId();
    await registerRoom(url, programId, key);
    expect(await upgradeStatus(url, programId, key)).toBe(101);
  });

  it('refuses to start the CLI with neither a token nor --open-registration', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', CLI, '--port', '0'], {
      encoding: 'utf8',
      env: { ...process.env, COTUTOR_REGISTRATION_TOKEN: '' },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('The server needs a registration token');
    expect(run.stderr).toContain('--open-registration');
  });

  it('runs the CLI with a token file: registration needs that token', async () => {
    directory = await temporaryDirectory('sync-ownership-cli');
    const tokenFile = join(directory.path, 'registration-token');
    await writeFile(tokenFile, `${TOKEN}\n`, { mode: 0o600 });
    const cli = await startCli(join(directory.path, 'data'), 0, [
      '--registration-token-file',
      tokenFile,
    ]);
    try {
      const programId = newId();
      const body = { key: newRoomKey(), ownerSecret: newRoomKey() };
      expect((await postRoomKey(cli.url, programId, body)).status).toBe(401);
      expect((await postRoomKey(cli.url, programId, body, { token: TOKEN })).status).toBe(201);
      expect(cli.lines.join('\n')).not.toContain(TOKEN);
    } finally {
      cli.child.kill('SIGTERM');
      await cli.exited;
    }
  });
});

describe('the owner secret', () => {
  it('lets the owner rotate the key, and refuses an invitee’s rotation without changing anything', async () => {
    const { url } = await serve();
    const { programId, key, ownerSecret } = await writtenRoom(url, 'Owned week');
    const before = await keyFileText();

    // An invitee holds the key, not the owner secret.
    expect(
      await postRoomKey(url, programId, { key, newKey: newRoomKey(), ownerSecret: newRoomKey() }),
    ).toMatchObject({ status: 403, body: { reason: 'not-owner' } });
    expect(await postRoomKey(url, programId, { key, newKey: newRoomKey() })).toMatchObject({
      status: 400,
      body: { reason: 'invalid-body' },
    });
    expect(
      await deleteRoomKey(url, programId, { ownerSecret: newRoomKey(), deleteData: true, key }),
    ).toMatchObject({ status: 403, body: { reason: 'not-owner' } });
    expect(await keyFileText()).toBe(before);
    expect(await upgradeStatus(url, programId, key)).toBe(101);
    expect(existsSync(roomFile(programId))).toBe(true);

    // The owner needs no old key; a retry of the same rotation succeeds without disconnecting again.
    const newKey = newRoomKey();
    expect(await postRoomKey(url, programId, { ownerSecret, newKey })).toEqual({
      status: 200,
      body: { status: 'rotated' },
    });
    expect(await postRoomKey(url, programId, { ownerSecret, newKey })).toEqual({
      status: 200,
      body: { status: 'already-rotated' },
    });
    expect(await upgradeStatus(url, programId, key)).toBe(403);
    expect(await upgradeStatus(url, programId, newKey)).toBe(101);
    // Registering again with the owner's key and secret is a harmless retry; anyone else's is refused.
    expect((await postRoomKey(url, programId, { key: newKey, ownerSecret })).status).toBe(200);
    expect(
      await postRoomKey(url, programId, { key: newKey, ownerSecret: newRoomKey() }),
    ).toMatchObject({ status: 403, body: { reason: 'not-owner' } });
  });

  it('stops sharing: every connection closes, old invites are refused as an unknown room, retries succeed', async () => {
    const { url } = await serve();
    const { programId, key, ownerSecret, owner, invitee } = await writtenRoom(url, 'Kept week');
    const review = clients.join(url, `${programId}.review`, key);
    await whenSynced(review);
    const closes: number[] = [];
    for (const client of [owner, invitee, review]) {
      client.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    }

    expect(await deleteRoomKey(url, programId, { ownerSecret, deleteData: false })).toEqual({
      status: 200,
      body: { status: 'removed' },
    });
    await waitUntil(() => closes.length === 3, 'every connection of both rooms is closed');
    // A final close code: the providers stop retrying.
    expect(closes).toEqual([4410, 4410, 4410]);
    expect(invitee.provider.shouldConnect).toBe(false);
    expect(await upgradeStatus(url, programId, key)).toBe(404);
    expect(await upgradeStatus(url, `${programId}.review`, key)).toBe(404);
    // Without deleteData the room's copy stays on the server.
    expect(existsSync(roomFile(programId))).toBe(true);

    // A retried request (its first answer lost) succeeds, and changes nothing more.
    expect(await deleteRoomKey(url, programId, { ownerSecret, deleteData: false })).toEqual({
      status: 200,
      body: { status: 'already-removed' },
    });
    expect(
      await deleteRoomKey(url, programId, { ownerSecret: 'x', deleteData: false }),
    ).toMatchObject({ status: 400, body: { reason: 'invalid-body' } });
  });

  it('with deleteData removes the program, its review and its versions; a new registration starts empty', async () => {
    const { url } = await serve();
    const { programId, key, ownerSecret } = await writtenRoom(url, 'Deleted week');
    const review = clients.join(url, `${programId}.review`, key);
    review.doc.getMap('notes').set('day-1', 'A private note');
    await whenSynced(review);
    const versionId = await putVersion(url, programId, key);
    await waitUntil(() => existsSync(roomFile(`${programId}.review`)), 'the review is stored');
    const versions = join(directory.path, 'rooms', `${programId}.versions`);
    expect(existsSync(join(versions, `${versionId}.ydoc`))).toBe(true);

    expect(await deleteRoomKey(url, programId, { ownerSecret, deleteData: true })).toEqual({
      status: 200,
      body: { status: 'removed' },
    });
    expect(existsSync(roomFile(programId))).toBe(false);
    expect(existsSync(roomFile(`${programId}.review`))).toBe(false);
    expect(existsSync(versions)).toBe(false);
    clients.leaveAll();
    // Nothing written by the closing rooms comes back afterwards.
    await waitUntil(() => server!.stats().roomsInMemory === 0, 'the rooms are unloaded');
    expect(existsSync(roomFile(programId))).toBe(false);

    const newKey = newRoomKey();
    await registerRoom(url, programId, newKey);
    const fresh = clients.join(url, programId, newKey);
    await whenSynced(fresh);
    expect(fresh.doc.getMap('program').size).toBe(0);
    const version = await fetch(
      versionBodyEndpoint(url, programId, versionId, newKey).replace(/^ws/, 'http'),
    );
    expect(version.status).toBe(404);
  });
});

describe('rooms registered before owners', () => {
  it('opens an old key file; the first holder of the key who proves it with a secret becomes the owner', async () => {
    directory = await temporaryDirectory('sync-ownership-old');
    const { doc, programId } = newProgramDoc('Shared before owners');
    const key = newRoomKey();
    const hash = createHash('sha256').update(key, 'utf8').digest('hex');
    await writeFile(
      join(directory.path, 'room-keys.json'),
      JSON.stringify({
        version: 1,
        rooms: { [programId]: { keyHash: hash, registeredAt: '2026-01-05T10:00:00.000Z' } },
      }),
    );
    server = await startSyncServer({
      host: '127.0.0.1',
      port: 0,
      dataDirectory: directory.path,
      log: quietLog,
    });
    const { url } = server;
    const writer = clients.join(url, programId, key, doc);
    await whenSynced(writer);
    clients.leaveAll();

    // Without the current key, a secret proves nothing about a room without owner.
    expect(
      await postRoomKey(url, programId, { ownerSecret: newRoomKey(), newKey: newRoomKey() }),
    ).toMatchObject({ status: 403, body: { reason: 'not-owner' } });
    const ownerSecret = newRoomKey();
    const newKey = newRoomKey();
    expect(await postRoomKey(url, programId, { key, ownerSecret, newKey })).toEqual({
      status: 200,
      body: { status: 'rotated' },
    });
    const stored = JSON.parse(await keyFileText()) as {
      version: number;
      rooms: Record<string, { ownerHash?: string }>;
    };
    expect(stored.version).toBe(2);
    expect(stored.rooms[programId]?.ownerHash).toMatch(/^[0-9a-f]{64}$/);

    // From now on the key alone rotates nothing: the owner was decided.
    expect(
      await postRoomKey(url, programId, { key: newKey, ownerSecret: newRoomKey(), newKey: key }),
    ).toMatchObject({ status: 403, body: { reason: 'not-owner' } });
    const reader = clients.join(url, programId, newKey);
    await whenSynced(reader);
    await waitUntil(() => reader.doc.getMap('program').size > 0, 'the program is still there');
    expect(readProgram(reader.doc).meta.title).toBe('Shared before owners');
  });
});
