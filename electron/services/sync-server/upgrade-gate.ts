import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

import type { WSSharedDoc } from '@y/websocket-server/utils';
import type { WebSocket, WebSocketServer } from 'ws';

import { messageOf } from '../../../shared/errors/message-of';
import { programId } from '../../../shared/host-api/schemas';
import { KEY_PARAM, roomOwnerOf } from '../../../shared/sync/room';
import { addressGroupOf, type ConnectionCount } from './connection-count';
import { refuseUpgrade, requestTarget } from './http-answers';
import { type OriginCheck, refuseOrigin } from './request-origin';
import { type KeyCheck, keyIsCurrent, type RoomKeys } from './room-keys';
import type { RoomStore } from './room-store';
import type { SyncLog } from './sync-log';
import type { AddressLimiter } from './token-bucket';

export type UpgradeContext = {
  keys: RoomKeys;
  store: RoomStore;
  wss: WebSocketServer;
  log: SyncLog;
  connections: ConnectionCount;
  /** New connections per address group (IPv6 /64). */
  newConnections: AddressLimiter;
  isClosing(): boolean;
  isOriginAllowed: OriginCheck;
  /** Sets up a connection whose key was checked and whose room is loaded. */
  admit(ws: WebSocket, request: IncomingMessage, room: string, doc: WSSharedDoc): void;
};

const STORE_UNAVAILABLE = 'store-unavailable';

const REFUSAL: Record<Exclude<KeyCheck, 'ok'>, number> = { 'unknown-room': 404, 'wrong-key': 403 };

/**
 * Everything a WebSocket upgrade passes before ws completes the handshake:
 * /<program id>?key=… (the program document) or /<program id>.review?key=… (its
 * review document) with the program's key, a room that can be held in memory, and
 * its file loaded. Both rooms of a program are entered with its one key, so a
 * rotation moves both and a wrong key is refused for both. A refusal is a plain HTTP answer (401 no key, 403 wrong key
 * or an Origin not allowed (a web page in the user's browser),
 * 404 unknown room or path, 429 too many connections, or new ones, from one address, 500
 * unreadable room, 503 full, shutting down or store-unavailable), so
 * the client never receives document data and an unknown room is never loaded.
 */
export async function passUpgrade(
  context: UpgradeContext,
  request: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  remote: string,
): Promise<void> {
  socket.on('error', () => socket.destroy());
  const refuse = (status: number, reason: string, room?: string): void => {
    context.log.warn({ event: 'upgrade-refused', room, remote, reason, status });
    refuseUpgrade(socket, status);
  };
  if (context.isClosing()) return refuse(503, 'shutting down');
  const foreign = refuseOrigin(request, context.isOriginAllowed);
  if (foreign !== null) return refuse(foreign.status, foreign.code);
  if (!context.newConnections.take(addressGroupOf(remote))) {
    return refuse(429, 'too many new connections from this address');
  }
  // Until the database is back: a room could be neither loaded nor written.
  if (!context.store.available()) return refuse(503, STORE_UNAVAILABLE);
  const place = context.connections.reserve(remote);
  if (place === 'server-full') return refuse(503, 'too many connections');
  if (place === 'address-full') return refuse(429, 'too many connections from this address');
  let admitted = false;
  try {
    admitted = await openRoom(context, request, socket, head, refuse);
  } finally {
    if (!admitted) place.release();
  }
  if (admitted) socket.once('close', place.release);
}

/** The checks after the connection's place is reserved; true once ws has the connection. */
async function openRoom(
  context: UpgradeContext,
  request: IncomingMessage,
  socket: Duplex,
  head: Buffer,
  refuse: (status: number, reason: string, room?: string) => void,
): Promise<boolean> {
  const refused = (status: number, reason: string, room?: string): false => {
    refuse(status, reason, room);
    return false;
  };
  const url = requestTarget(request);
  const owner = roomOwnerOf(url?.pathname.slice(1) ?? '', isProgramId);
  if (url === null || owner === null) return refused(404, 'not a room path');
  const room = url.pathname.slice(1);
  const keyRoom = owner.programId;
  const key = url.searchParams.get(KEY_PARAM);
  if (key === null || key === '') return refused(401, 'no key', room);
  // Another server process on the same database may have rotated or removed it.
  if (!(await keyIsCurrent(context.keys, keyRoom))) return refused(503, STORE_UNAVAILABLE, room);
  const check = context.keys.check(keyRoom, key);
  if (check !== 'ok') return refused(REFUSAL[check], check, room);

  // A room unloaded by its last client while this one waited is opened again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const doc = context.store.acquire(room);
    if (doc === 'full') return refused(503, 'too many rooms in memory', room);
    try {
      await context.store.ready(doc);
    } catch (error) {
      context.store.release(doc);
      // The store went away during the load: that room is not damaged.
      if (!context.store.available()) return refused(503, STORE_UNAVAILABLE, room);
      return refused(500, `room unreadable: ${messageOf(error)}`, room);
    }
    if (context.isClosing() || context.keys.check(keyRoom, key) !== 'ok') {
      // Shut down, or the key was rotated, while the room was loading.
      context.store.release(doc);
      return context.isClosing()
        ? refused(503, 'shutting down', room)
        : refused(403, 'wrong-key', room);
    }
    if (!context.store.isCurrent(doc)) continue;
    // handleUpgrade calls back synchronously once the handshake is written, so no
    // client can leave (and unload the room) between this check and admit().
    let admitted = false;
    context.wss.handleUpgrade(request, socket, head, (ws) => {
      admitted = true;
      context.admit(ws, request, room, doc);
    });
    // ws destroys a socket the client already closed without calling back.
    if (!admitted) context.store.release(doc);
    return admitted;
  }
  return refused(503, 'room kept unloading', room);
}

const isProgramId = (id: string): boolean => programId.safeParse(id).success;
