/**
 * A sync server in a process of its own, so that its memory and CPU are its own:
 * COTUTOR_LOAD_SERVER=cotutor (the project's server, in a temp data folder) or
 * reference (a plain @y/websocket-server). The project's server keeps its rooms
 * in the PostgreSQL database COTUTOR_LOAD_DATABASE names, if set, and takes
 * client addresses from X-Forwarded-For with COTUTOR_LOAD_TRUST_PROXY=1 (behind
 * nginx). Prints {"url","pid"} as one JSON line;
 * then answers each stdin line "memory" with process.memoryUsage() as JSON after
 * a full GC (started with --expose-gc), and "usage" with the same without one (a
 * GC pause would disturb the delivery times being measured); closes when stdin ends.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import { silentLogger } from '../../electron/services/logger';
import { startSyncServer } from '../../electron/services/sync-server';
import { startReferenceServer } from '../integration/fixtures/sync-reference-server';

const kind = process.env.COTUTOR_LOAD_SERVER;
const database = process.env.COTUTOR_LOAD_DATABASE;
const dataDirectory = await mkdtemp(join(tmpdir(), 'cotutor-load-'));
const server =
  kind === 'reference'
    ? await startReferenceServer()
    : await startSyncServer({
        host: '127.0.0.1',
        port: 0,
        dataDirectory,
        ...(database === undefined || database === '' ? {} : { database }),
        trustProxy: process.env.COTUTOR_LOAD_TRUST_PROXY === '1',
        // The pages of (d) and (f) come from web hosts on 127.0.0.1 (the load's
        // clients, in Node, send no Origin).
        allowedOrigins: (origin) => /^http:\/\/127\.0\.0\.1:\d+$/.test(origin),
        keyRequestRate: { perSecond: 100, burst: 1000 },
        maxRooms: 1000,
        log: silentLogger,
      });
process.stdout.write(`${JSON.stringify({ url: server.url, pid: process.pid })}\n`);

const gc = (globalThis as { gc?: () => void }).gc;
const lines = createInterface({ input: process.stdin });
lines.on('line', (line) => {
  const command = line.trim();
  if (command !== 'memory' && command !== 'usage') return;
  if (command === 'memory') gc?.();
  process.stdout.write(`${JSON.stringify(process.memoryUsage())}\n`);
});
lines.on('close', () => {
  void server.close().then(() => rm(dataDirectory, { recursive: true, force: true }));
});
