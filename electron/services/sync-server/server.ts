import { createServer, type IncomingMessage } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

import {
  docs,
  setPersistence,
  setupWSConnection,
  type WSSharedDoc,
} from '@y/websocket-server/utils';
import { type WebSocket, WebSocketServer } from 'ws';

import { messageOf } from '../../../shared/errors/message-of';
import { roomNameOf } from '../../../shared/sync/room';
import { consoleLogger } from '../logger';
import { AddressSendBudget } from './address-send-budget';
import { ConnectionCount } from './connection-count';
import { CLOSE, closeConnection, guardConnection } from './connection-guard';
import { openFilesStorage } from './files-storage';
import { FullStateReplies } from './full-state-reply';
import { HealthCheck } from './health';
import { remoteAddressOf } from './http-answers';
import { answerRequest, type RouteContext } from './http-routes';
import { throttledLog } from './log-throttle';
import { measuredStorage } from './measured-storage';
import { ServerMetrics } from './metrics';
import { metricsAccess } from './metrics-access';
import {
  resolveSettings,
  type SyncServer,
  type SyncServerOptions,
  type SyncServerSettings,
} from './options';
import { followOtherServers } from './other-servers';
import { registrationGate } from './registration-token';
import { RoomKeys } from './room-keys';
import { RoomStore } from './room-store';
import type { ServerStorage } from './server-storage';
import { closeEverything } from './shutdown';
import { type SyncLog, syncLog } from './sync-log';
import { AddressLimiter } from './token-bucket';
import { passUpgrade } from './upgrade-gate';

/**
 * @y/websocket-server's utils keep their rooms (`docs`) and their persistence in
 * module state, so one process holds one server: to run several at once (tests,
 * benchmarks), run each in a child process, or close one before starting the next.
 */
let running = false;

export async function startSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  const settings = resolveSettings(options);
  if (running || docs.size > 0) {
    throw new Error(
      'A sync server (or another user of @y/websocket-server) is already running in this ' +
        'process; its rooms live in module state. Close it first, or use a child process.',
    );
  }
  running = true;
  try {
    const metrics = new ServerMetrics();
    // Metrics count every refusal; the log writes a bounded number of them.
    const throttled = throttledLog(syncLog(options.log ?? consoleLogger));
    const server = await listen(settings, metrics.observing(throttled), metrics);
    return { ...server, close: () => server.close().finally(() => throttled.flush()) };
  } catch (error) {
    setPersistence(null);
    running = false;
    throw error;
  }
}

/** PostgreSQL's driver is loaded only by a server that uses it, never by the app. */
async function openStorage(settings: SyncServerSettings, log: SyncLog): Promise<ServerStorage> {
  if (settings.database === undefined) {
    return openFilesStorage(settings.dataDirectory, settings.maxVersionsPerRoom);
  }
  const { openPostgresStorage } = await import('./postgres/postgres-storage');
  return openPostgresStorage(settings.database, settings.maxVersionsPerRoom, log);
}

async function listen(
  settings: SyncServerSettings,
  log: SyncLog,
  metrics: ServerMetrics,
): Promise<SyncServer> {
  const storage = measuredStorage(await openStorage(settings, log), metrics);
  try {
    return await serve(settings, log, storage, metrics);
  } catch (error) {
    await storage.close();
    throw error;
  }
}

async function serve(
  settings: SyncServerSettings,
  log: SyncLog,
  storage: ServerStorage,
  metrics: ServerMetrics,
): Promise<SyncServer> {
  const keys = await RoomKeys.open(storage.keys);
  const store = new RoomStore(storage, settings.maxRooms, log);
  setPersistence(store.persistence());
  // No per-message deflate: it costs CPU and memory per connection, and Yjs
  // updates are small and already compact.
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: settings.maxPayload,
    perMessageDeflate: false,
  });
  const connections = new ConnectionCount(
    settings.maxConnectionsPerAddress,
    settings.maxConnections,
  );
  const addressBudget = new AddressSendBudget(settings.maxBufferedBytesPerAddress);
  const fullState = new FullStateReplies();
  const newConnections = new AddressLimiter(settings.connectionRate);
  let closing = false;
  const isClosing = (): boolean => closing;
  const upgrades = new Set<Promise<void>>();
  const remoteOf = (request: IncomingMessage): string =>
    remoteAddressOf(request, settings.trustProxy);

  const admit = (ws: WebSocket, request: IncomingMessage, room: string, doc: WSSharedDoc): void => {
    const remote = remoteOf(request);
    setupWSConnection(ws, request, { docName: room });
    guardConnection(ws, {
      room,
      remote,
      doc,
      budgets: settings,
      addressBudget,
      fullState,
      roomBytes: () => store.storedBytes(doc),
      log,
    });
    log.info({ event: 'connection-opened', room, remote });
    ws.once('close', (code: number) =>
      log.info({ event: 'connection-closed', room, remote, code }),
    );
  };
  // A key opens both rooms of its program: a rotation shuts both.
  const closeAll = (programId: string, code: number, reason: string): number => {
    const conns = (['program', 'review'] as const).flatMap(
      (part) => [...(docs.get(roomNameOf(programId, part))?.conns.keys() ?? [])] as WebSocket[],
    );
    for (const ws of conns) closeConnection(ws, code, reason);
    return conns.length;
  };
  const revokeConnections = (programId: string): number =>
    closeAll(programId, CLOSE.keyRevoked, 'room key rotated');
  followOtherServers({ storage, store, keys, log, closeAll });

  // A version upload of 32 MiB over a slow link (about 110 kB/s) takes up to five
  // minutes; the headers must still arrive within 10 s, so a slow client ties up
  // no more than its rate limit allows.
  const timeouts = { headersTimeout: 10_000, requestTimeout: 300_000 };
  const http =
    settings.tls === undefined
      ? createServer(timeouts)
      : createTlsServer({ ...timeouts, key: settings.tls.key, cert: settings.tls.cert });
  const closeRooms = async (programId: string, deleteData: boolean): Promise<number> => {
    const disconnected = closeAll(programId, CLOSE.roomRemoved, 'room removed by its owner');
    if (deleteData) {
      await Promise.all([
        store.erase(roomNameOf(programId, 'program')),
        store.erase(roomNameOf(programId, 'review')),
        storage.versions.eraseAll(programId),
      ]);
    }
    return disconnected;
  };
  const inFlight = new Set<Promise<void>>();
  const routes: RouteContext = {
    keyRequests: {
      keys,
      limiter: new AddressLimiter(settings.keyRequestRate),
      log,
      registration: registrationGate(settings.registrationToken),
      revokeConnections,
      closeRooms,
    },
    versionRequests: {
      keys,
      versions: storage.versions,
      limiter: new AddressLimiter(settings.versionRequestRate),
      log,
      maxVersionBytes: settings.maxVersionBytes,
    },
    isClosing,
    storageAvailable: () => storage.available(),
    isOriginAllowed: settings.isOriginAllowed,
    inFlight,
    health: new HealthCheck(storage, isClosing),
    metrics: {
      access: metricsAccess(settings.metricsToken),
      page: () =>
        metrics.render({ roomsLoaded: store.roomsInMemory, connections: wss.clients.size }),
    },
  };
  http.on('connection', (socket: Socket) => metrics.trackSocket(socket));
  http.on('request', (request, response) =>
    answerRequest(routes, request, response, remoteOf(request)),
  );
  http.on('upgrade', (request: IncomingMessage, socket, head: Buffer) => {
    const gate = passUpgrade(
      {
        keys,
        store,
        wss,
        log,
        isClosing,
        admit,
        connections,
        newConnections,
        isOriginAllowed: settings.isOriginAllowed,
      },
      request,
      socket,
      head,
      remoteOf(request),
    ).catch((error: unknown) => {
      log.error({ event: 'upgrade-failed', reason: messageOf(error) });
      socket.destroy();
    });
    upgrades.add(gate);
    void gate.finally(() => upgrades.delete(gate));
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(settings.port, settings.host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const { port } = http.address() as AddressInfo;
  const host = settings.host.includes(':') ? `[${settings.host}]` : settings.host;
  const url = `${settings.tls === undefined ? 'ws' : 'wss'}://${host}:${port}`;
  log.info({ event: 'server-listening', url, ...storage.where });

  let closed: Promise<void> | null = null;
  return {
    url,
    port,
    stats: () => ({ roomsInMemory: store.roomsInMemory, connections: wss.clients.size }),
    close: () => {
      closing = true;
      closed ??= closeEverything({
        http,
        wss,
        store,
        keys,
        storage,
        upgrades,
        requests: inFlight,
        log,
      }).finally(() => {
        setPersistence(null);
        running = false;
      });
      return closed;
    },
  };
}
