import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import {
  startSyncServer,
  type SyncServer,
  type SyncServerOptions,
} from '../../electron/services/sync-server';
import { roomUrl } from '../../shared/sync/room';
import { type Cluster, postgresMissing, startCluster } from './fixtures/postgres';
import { quietLog, temporaryDirectory } from './fixtures/storage-fixtures';
import { newProgramDoc, newRoomKey, registerRoom } from './fixtures/sync-clients';
import { openRawSocket, type RawSocket, syncOverRawSocket } from './fixtures/sync-raw-client';

const TOKEN = 'metrics-token-0123456789abcdef';
const MAX_PAYLOAD = 128 * 1024;

function httpOf(server: SyncServer): string {
  return server.url.replace(/^ws:/, 'http:');
}

async function scrape(server: SyncServer, headers: Record<string, string> = {}): Promise<string> {
  const response = await fetch(`${httpOf(server)}/metrics`, { headers });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4');
  return response.text();
}

/** One sample's value, e.g. sample(page, 'cotutor_refused_total', 'where="upgrade",reason="wrong-key"'). */
function sample(page: string, name: string, labels = ''): number {
  const prefix = labels === '' ? `${name} ` : `${name}{${labels}} `;
  const line = page.split('\n').find((candidate) => candidate.startsWith(prefix));
  return line === undefined ? 0 : Number(line.slice(prefix.length));
}

/** Asks again until the answer passes `done`; the last answer. */
async function eventually<T>(
  ask: () => Promise<T>,
  done: (answer: T) => boolean,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await ask();
    if (done(answer)) return answer;
    if (Date.now() > deadline) throw new Error(`Timed out waiting until ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function health(server: SyncServer): Promise<{ status: number; body: unknown }> {
  const response = await fetch(`${httpOf(server)}/healthz`);
  return { status: response.status, body: await response.json() };
}

describe('health and metrics (files)', () => {
  let directory: { path: string; remove(): Promise<void> };
  let running: SyncServer | undefined;
  const sockets: RawSocket[] = [];

  afterEach(async () => {
    for (const raw of sockets.splice(0)) raw.socket.terminate();
    await running?.close();
    running = undefined;
    await directory.remove();
  });

  async function serve(options: Partial<SyncServerOptions> = {}): Promise<SyncServer> {
    directory = await temporaryDirectory('sync-metrics');
    running = await startSyncServer({
      host: '127.0.0.1',
      port: 0,
      dataDirectory: directory.path,
      maxRoomBytes: 64 * 1024,
      maxPayload: MAX_PAYLOAD,
      log: quietLog,
      ...options,
    });
    return running;
  }

  it('answers /healthz and counts rooms, connections, bytes, writes and refusals', async () => {
    const server = await serve();
    expect(await health(server)).toEqual({ status: 200, body: { status: 'ok' } });
    const idle = await scrape(server);
    expect(sample(idle, 'cotutor_rooms_loaded')).toBe(0);
    expect(sample(idle, 'cotutor_connections')).toBe(0);
    expect(sample(idle, 'process_resident_memory_bytes')).toBeGreaterThan(1024 * 1024);
    expect(sample(idle, 'process_heap_used_bytes')).toBeGreaterThan(1024 * 1024);

    const { doc, programId } = newProgramDoc('Measured');
    const key = newRoomKey();
    await registerRoom(server.url, programId, key);
    const client = await syncOverRawSocket(roomUrl(server.url, programId, key), doc);
    sockets.push(client);
    let page = await scrape(server);
    expect(sample(page, 'cotutor_rooms_loaded')).toBe(1);
    expect(sample(page, 'cotutor_connections')).toBe(1);
    // The client's first sync sent the whole program, and got the server's answer.
    const programBytes = Y.encodeStateAsUpdate(doc).byteLength;
    expect(sample(page, 'cotutor_bytes_received_total')).toBeGreaterThan(programBytes);
    expect(sample(page, 'cotutor_bytes_sent_total')).toBeGreaterThan(
      sample(idle, 'cotutor_bytes_sent_total'),
    );
    expect(sample(page, 'cotutor_persist_seconds_count', 'write="keys"')).toBe(1);

    // Refusals, each under its reason.
    const wrong = openRawSocket(roomUrl(server.url, programId, newRoomKey()));
    expect(await wrong.outcome).toEqual({ opened: false, status: 403 });
    doc.getArray<string>('chunks').push(['x'.repeat(80 * 1024)]);
    expect(await client.closed).toMatchObject({ code: 4413 });
    const foreign = await fetch(`${httpOf(server)}/rooms/${programId}/key`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(foreign.status).toBe(403);
    const flooder = openRawSocket(roomUrl(server.url, programId, key));
    expect(await flooder.outcome).toEqual({ opened: true });
    flooder.socket.send(new Uint8Array(MAX_PAYLOAD + 1));
    expect((await flooder.closed).code).toBe(1009);

    page = await scrape(server);
    expect(sample(page, 'cotutor_refused_total', 'where="upgrade",reason="wrong-key"')).toBe(1);
    expect(
      sample(page, 'cotutor_refused_total', 'where="connection",reason="room-too-large"'),
    ).toBe(1);
    expect(
      sample(page, 'cotutor_refused_total', 'where="request",reason="origin-not-allowed"'),
    ).toBe(1);
    expect(
      sample(
        page,
        'cotutor_refused_total',
        'where="connection",reason="max-payload-size-exceeded"',
      ),
    ).toBe(1);
    // The room's first write follows within the group commit's delay.
    const written = await eventually(
      () => scrape(server),
      (text) => sample(text, 'cotutor_persist_seconds_count', 'write="room-replace"') > 0,
      'the room’s first write is timed',
    );
    expect(sample(written, 'cotutor_persist_seconds_count', 'write="room-replace"')).toBe(1);
    expect(
      sample(written, 'cotutor_persist_seconds_bucket', 'write="room-replace",le="+Inf"'),
    ).toBe(1);
    // Nothing in it names a room or holds a key.
    expect(written).not.toContain(programId);
    expect(written).not.toContain(key);
  });

  it('answers /metrics only to this machine, or to a request with the metrics token', async () => {
    const server = await serve({ trustProxy: true, metricsToken: TOKEN });
    const fromAfar = { 'X-Forwarded-For': '203.0.113.9' };
    const status = async (headers: Record<string, string>): Promise<number> =>
      (await fetch(`${httpOf(server)}/metrics`, { headers })).status;
    expect(await status({})).toBe(200);
    expect(await status(fromAfar)).toBe(404);
    expect(await status({ ...fromAfar, Authorization: 'Bearer not-the-metrics-token' })).toBe(404);
    expect(await status({ ...fromAfar, Authorization: `Bearer ${TOKEN}` })).toBe(200);
    // A web page in a browser on this machine is not the operator.
    expect(await status({ Origin: 'https://evil.example' })).toBe(404);
    // Health tells nothing but the status: anyone may ask.
    expect((await fetch(`${httpOf(server)}/healthz`, { headers: fromAfar })).status).toBe(200);
  });
});

describe.skipIf(postgresMissing !== null)(
  `health on PostgreSQL${postgresMissing === null ? '' : ` (skipped: ${postgresMissing})`}`,
  () => {
    let cluster: Cluster;
    let running: SyncServer | undefined;

    beforeAll(async () => {
      cluster = await startCluster();
    });
    afterAll(() => cluster.remove());
    afterEach(async () => {
      await running?.close();
      running = undefined;
    });

    it('answers 503 store-unavailable while the database is down, 200 once it is back', async () => {
      running = await startSyncServer({
        host: '127.0.0.1',
        port: 0,
        dataDirectory: '/nonexistent/unused',
        database: await cluster.createDatabase(),
        log: quietLog,
      });
      const server = running;
      expect(await health(server)).toEqual({ status: 200, body: { status: 'ok' } });
      cluster.stop();
      try {
        // Nobody uses the server meanwhile: the health request itself finds out.
        const answer = await eventually(
          () => health(server),
          (reply) => reply.status !== 200,
          'the health check notices',
        );
        expect(answer).toEqual({ status: 503, body: { status: 'store-unavailable' } });
      } finally {
        cluster.start();
      }
      const back = await eventually(
        () => health(server),
        (reply) => reply.status === 200,
        'the database is back',
      );
      expect(back).toEqual({ status: 200, body: { status: 'ok' } });
    });
  },
);
