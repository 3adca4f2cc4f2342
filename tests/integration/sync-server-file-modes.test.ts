import { stat } from 'node:fs/promises';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { encodeVersionBody } from '../../electron/services/storage/version-body';
import { startSyncServer, type SyncServer } from '../../electron/services/sync-server';
import { newId } from '../../shared/model/ids';
import { roomUrl, versionBodyEndpoint } from '../../shared/sync/room';
import { quietLog, temporaryDirectory } from './fixtures/storage-fixtures';
import { newProgramDoc, newRoomKey, registerRoom } from './fixtures/sync-clients';
import { syncOverRawSocket } from './fixtures/sync-raw-client';

const modeOf = async (path: string): Promise<number> => (await stat(path)).mode & 0o777;

describe('the files store’s permissions', () => {
  let directory: { path: string; remove(): Promise<void> };
  let running: SyncServer | undefined;
  let umask: number;

  beforeEach(async () => {
    directory = await temporaryDirectory('sync-modes');
    // The laxest umask there is: whatever the server creates keeps only the modes it asks for.
    umask = process.umask(0);
  });

  afterEach(async () => {
    process.umask(umask);
    await running?.close();
    running = undefined;
    await directory.remove();
  });

  it('creates its folders 0700 and its files 0600, whatever the umask', async () => {
    const data = join(directory.path, 'cotutor-sync');
    running = await startSyncServer({
      host: '127.0.0.1',
      port: 0,
      dataDirectory: data,
      log: quietLog,
    });
    const { doc, programId } = newProgramDoc('Private');
    const key = newRoomKey();
    await registerRoom(running.url, programId, key);
    const writer = await syncOverRawSocket(roomUrl(running.url, programId, key), doc);
    const versionId = newId();
    const put = await fetch(versionBodyEndpoint(running.url, programId, versionId, key), {
      method: 'PUT',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: encodeVersionBody(Y.encodeStateAsUpdate(doc)) as Uint8Array<ArrayBuffer>,
    });
    expect(put.status).toBe(201);
    writer.socket.close();
    await running.close();
    running = undefined;

    const rooms = join(data, 'rooms');
    expect(await modeOf(data)).toBe(0o700);
    expect(await modeOf(rooms)).toBe(0o700);
    expect(await modeOf(join(rooms, `${programId}.versions`))).toBe(0o700);
    expect(await modeOf(join(data, 'room-keys.json'))).toBe(0o600);
    expect(await modeOf(join(rooms, `${programId}.ydoc`))).toBe(0o600);
    expect(await modeOf(join(rooms, `${programId}.versions`, `${versionId}.ydoc`))).toBe(0o600);
  });
});
