import type { WebSocket } from 'ws';

import { addressGroupOf } from './connection-count';

/**
 * What may wait in the send buffers of all the connections of one address (an
 * IPv6 /64) together. The per-connection cap alone lets an address that opens
 * its 64 connections, asks on each for a large room and never reads make the
 * server hold 64 times that cap.
 */
export class AddressSendBudget {
  private readonly sockets = new Map<string, Set<WebSocket>>();

  constructor(private readonly maxBytes: number) {}

  /** Counts `ws` for `remote` until it closes. */
  track(ws: WebSocket, remote: string): void {
    const group = addressGroupOf(remote);
    let sockets = this.sockets.get(group);
    if (sockets === undefined) {
      sockets = new Set();
      this.sockets.set(group, sockets);
    }
    sockets.add(ws);
    ws.once('close', () => {
      sockets.delete(ws);
      if (sockets.size === 0 && this.sockets.get(group) === sockets) this.sockets.delete(group);
    });
  }

  /** True while the address's connections together have less than the budget waiting. */
  hasRoom(remote: string): boolean {
    let waiting = 0;
    for (const ws of this.sockets.get(addressGroupOf(remote)) ?? []) {
      waiting += ws.bufferedAmount;
      if (waiting > this.maxBytes) return false;
    }
    return true;
  }
}
