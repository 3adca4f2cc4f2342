/**
 * One WebSocket between a client and the server. A WebSocket delivers the frames
 * of one direction in order, so each direction is a FIFO queue; delays and
 * reordering happen only between different queues.
 */
export class Connection {
  /** Frames sent by the client, not yet read by the server. */
  readonly up: Uint8Array[] = [];
  /** Frames sent by the server, not yet read by the client. */
  readonly down: Uint8Array[] = [];
  open = true;
}

export type Direction = 'up' | 'down';
