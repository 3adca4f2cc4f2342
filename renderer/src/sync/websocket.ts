import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';

import { KEY_PARAM } from '../../../shared/sync/room';
import type { SyncTracker } from './sync-status';

/** A room of a program (shared/sync/room.ts) on a server, and the program's key. */
export type SyncTarget = { server: string; room: string; key: string };

export type ProviderFactory = (
  target: SyncTarget,
  doc: Y.Doc,
  awareness: Awareness,
) => WebsocketProvider;

/**
 * y-websocket's provider for one room of a program (shared/sync/room.ts: the
 * program id, or the id and `.review`; the key travels as a query parameter the
 * server checks at the upgrade). It starts disconnected: the shared wrapper connects it.
 */
export const websocketProvider: ProviderFactory = ({ server, room, key }, doc, awareness) =>
  new WebsocketProvider(server, encodeURIComponent(room), doc, {
    connect: false,
    awareness,
    params: { [KEY_PARAM]: key },
    // Same-origin tabs would otherwise sync among themselves without the
    // server, and "synced" must mean the server has our changes.
    disableBc: true,
  });

/** Feeds the provider's events to the status tracker; returns the way to stop. */
export function watchProvider(provider: WebsocketProvider, tracker: SyncTracker): () => void {
  const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) =>
    tracker.status(status);
  const onSync = (synced: boolean) => tracker.synced(synced);
  const onClose = () => tracker.connectionClosed();
  // y-websocket stops retrying after a close code 4400–4499; our server sends
  // 4403 to everyone still holding a key that was just rotated, and 4413 to a
  // writer whose update would take the room past its size limit.
  const onRefused = ({ code }: { code: number }) => tracker.refused(code);
  provider.on('status', onStatus);
  provider.on('sync', onSync);
  provider.on('connection-close', onClose);
  provider.on('closed', onRefused);
  return () => {
    provider.off('status', onStatus);
    provider.off('sync', onSync);
    provider.off('connection-close', onClose);
    provider.off('closed', onRefused);
  };
}
