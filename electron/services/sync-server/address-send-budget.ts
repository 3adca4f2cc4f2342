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

  /**
   * Counts `ws` for `remote` until it closes. The answer tells whether the
   * address's connections together still have less than the budget waiting;
   * it is asked before every message sent, so the address's group is found once.
   */
  track(ws: WebSocket, remote: string): () => boolean {
    const group = addressGroupOf(remote);
    let sockets = this.sockets.get(group);
    if (sockets === undefined) {
      sockets = new Set();
      this.sockets.set(group, sockets);
    }
    const tracked = sockets;
    tracked.add(ws);
    ws.once('close', () => {
      tracked.delete(ws);
      if (tracked.size === 0 && this.sockets.get(group) === tracked) this.sockets.delete(group);
    });
    return () => {
      let waiting = 0;
      for (const socket of tracked) {
        waiting += socket.bufferedAmount;
        if (waiting > this.maxBytes) return false;
      }
      return true;
    };
  }
}
