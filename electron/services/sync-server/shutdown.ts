import type { Server } from 'node:http';

import type { WebSocket, WebSocketServer } from 'ws';

import { CLOSE, closeConnection } from './connection-guard';
import type { RoomKeys } from './room-keys';
import type { RoomStore } from './room-store';
import type { ServerStorage } from './server-storage';
import type { SyncLog } from './sync-log';

export type Running = {
  http: Server;
  wss: WebSocketServer;
  store: RoomStore;
  keys: RoomKeys;
  storage: ServerStorage;
  upgrades: Set<Promise<void>>;
  /** HTTP requests being answered (version uploads and downloads, key requests). */
  requests: Set<Promise<void>>;
  log: SyncLog;
};

/**
 * Graceful shutdown, in an order that loses nothing: stop accepting; close every
 * connection (each room's last close makes the utils persist and unload it);
 * let upgrades in progress finish (they are refused now); persist and destroy
 * whatever is left — a destroyed document stops its awareness timer, without
 * which Node would never exit; let HTTP requests in progress finish (new ones
 * are refused with 503), so that an upload is stored whole or not at all; wait
 * for the key and version writes; let go of the storage (the database's
 * connections); close the HTTP server.
 */
export async function closeEverything(running: Running): Promise<void> {
  const { http, wss, store, keys, storage, upgrades, requests, log } = running;
  log.info({ event: 'server-stopping', connections: wss.clients.size });
  const httpClosed = new Promise<void>((resolve) => http.close(() => resolve()));
  http.closeIdleConnections();
  await Promise.all([...wss.clients].map((ws) => closed(ws)));
  await Promise.allSettled([...upgrades]);
  await store.unloadAll();
  await Promise.allSettled([...requests]);
  // Connections that answered a request meanwhile are idle now, and would hold the close.
  http.closeIdleConnections();
  await storage.versions.idle();
  await keys.idle();
  await storage.close();
  await new Promise<void>((resolve) => wss.close(() => resolve()));
  await httpClosed;
  log.info({ event: 'server-stopped' });
}

function closed(ws: WebSocket): Promise<void> {
  return new Promise((resolve) => {
    ws.once('close', () => resolve());
    closeConnection(ws, CLOSE.goingAway, 'server shutting down');
  });
}
