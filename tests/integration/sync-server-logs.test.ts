import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import type { Logger } from '../../electron/services/logger';
import { encodeVersionBody } from '../../electron/services/storage/version-body';
import { startSyncServer, type SyncServer } from '../../electron/services/sync-server';
import { LOG_LINES_PER_EVENT } from '../../electron/services/sync-server/log-throttle';
import { newId } from '../../shared/model/ids';
import { roomUrl, versionBodyEndpoint } from '../../shared/sync/room';
import { temporaryDirectory } from './fixtures/storage-fixtures';
import {
  deleteRoomKey,
  newProgramDoc,
  newRoomKey,
  postRoomKey,
  registerRoom,
} from './fixtures/sync-clients';
import { openRawSocket, syncOverRawSocket } from './fixtures/sync-raw-client';

const TOKEN = 'registration-token-0123456789';

type Line = { time: string; level: string; event: string; [field: string]: unknown };

describe('the server’s log', () => {
  let directory: { path: string; remove(): Promise<void> };
  let running: SyncServer | undefined;
  const lines: string[] = [];
  const log: Logger = { info: (line) => lines.push(line), warn: (line) => lines.push(line) };
  const parsed = (): Line[] => lines.map((line) => JSON.parse(line) as Line);

  afterEach(async () => {
    await running?.close();
    running = undefined;
    lines.length = 0;
    await directory.remove();
  });

  async function serve(): Promise<SyncServer> {
    directory = await temporaryDirectory('sync-logs');
    running = await startSyncServer({
      host: '127.0.0.1',
      port: 0,
      dataDirectory: directory.path,
      registrationToken: TOKEN,
      log,
    });
    return running;
  }

  it('writes a bounded number of lines for a flood of refusals, then how many it left out', async () => {
    const server = await serve();
    const { programId } = newProgramDoc('Guessed at');
    await registerRoom(server.url, programId, newRoomKey(), newRoomKey(), TOKEN);
    const attempts = 150;
    for (let attempt = 0; attempt < attempts; attempt++) {
      const guess = openRawSocket(roomUrl(server.url, programId, newRoomKey()));
      expect((await guess.outcome).opened).toBe(false);
    }
    const metrics = await (await fetch(`${server.url.replace(/^ws:/, 'http:')}/metrics`)).text();
    await server.close();
    running = undefined;

    const refused = parsed().filter((line) => line.event === 'upgrade-refused');
    expect(refused).toHaveLength(LOG_LINES_PER_EVENT);
    const suppressed = parsed().filter((line) => line.event === 'log-suppressed');
    expect(suppressed).toEqual([
      expect.objectContaining({
        level: 'warn',
        suppressedEvent: 'upgrade-refused',
        suppressed: attempts - LOG_LINES_PER_EVENT,
      }),
    ]);
    // The metrics count every one of them.
    const counted = metrics
      .split('\n')
      .filter((line) => line.startsWith('cotutor_refused_total{where="upgrade"'))
      .reduce((sum, line) => sum + Number(line.split(' ').at(-1)), 0);
    expect(counted).toBe(attempts);
  });

  it('is one JSON object a line, and never holds a key, an owner secret or the token', async () => {
    const server = await serve();
    const http = server.url.replace(/^ws:/, 'http:');
    const { doc, programId } = newProgramDoc('Shared, rotated, stopped');
    const key = newRoomKey();
    const ownerSecret = await registerRoom(server.url, programId, key, newRoomKey(), TOKEN);
    const wrongToken = await postRoomKey(
      server.url,
      newId(),
      { key: newRoomKey(), ownerSecret: newRoomKey() },
      { token: `${TOKEN}-not` },
    );
    expect(wrongToken.status).toBe(401);
    const writer = await syncOverRawSocket(roomUrl(server.url, programId, key), doc);
    doc.getMap('notes').set('a', 'typed while shared');
    const versionId = newId();
    const put = await fetch(versionBodyEndpoint(server.url, programId, versionId, key), {
      method: 'PUT',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: encodeVersionBody(Y.encodeStateAsUpdate(doc)) as Uint8Array<ArrayBuffer>,
    });
    expect(put.status).toBe(201);

    const newKey = newRoomKey();
    expect((await postRoomKey(server.url, programId, { ownerSecret, newKey })).status).toBe(200);
    expect((await writer.closed).code).toBe(4403);
    const stale = openRawSocket(roomUrl(server.url, programId, key));
    expect(await stale.outcome).toEqual({ opened: false, status: 403 });
    const badOwner = await postRoomKey(server.url, programId, {
      ownerSecret: newRoomKey(),
      newKey: newRoomKey(),
    });
    expect(badOwner.status).toBe(403);
    const rejoined = await syncOverRawSocket(roomUrl(server.url, programId, newKey), new Y.Doc());
    const get = await fetch(versionBodyEndpoint(server.url, programId, versionId, key));
    expect(get.status).toBe(403);
    const removed = await deleteRoomKey(server.url, programId, { ownerSecret, deleteData: true });
    expect(removed.status).toBe(200);
    expect((await rejoined.closed).code).toBe(4410);
    expect((await fetch(`${http}/metrics`)).status).toBe(200);
    await server.close();
    running = undefined;

    const events = parsed().map((line) => line.event);
    expect(events).toEqual(
      expect.arrayContaining(['key-registered', 'key-rotated', 'room-removed', 'server-stopped']),
    );
    for (const line of parsed()) {
      expect(Date.parse(line.time)).not.toBeNaN();
      expect(['info', 'warn', 'error']).toContain(line.level);
    }
    const everything = lines.join('\n');
    for (const secret of [key, newKey, ownerSecret, TOKEN])
      expect(everything).not.toContain(secret);
  });
});
