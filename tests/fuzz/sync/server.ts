import * as Y from 'yjs';

import type { Connection } from './connection';
import { receive, syncStep1, updateMessage } from './messages';

/**
 * The relay, as @y/websocket-server's utils behave for one room: one shared
 * Y.Doc; a new connection gets the server's sync step 1; every frame read is
 * applied with the connection as origin and answered if needed; every change of
 * the doc, whoever sent it, is broadcast to all open connections (the sender
 * included, as the real server does).
 */
export class SyncServer {
  readonly doc = new Y.Doc();
  private readonly connections = new Set<Connection>();

  constructor(private readonly onError: (error: Error) => void) {
    this.doc.on('update', (update: Uint8Array) => {
      const message = updateMessage(update);
      for (const connection of this.connections) connection.down.push(message);
    });
  }

  accept(connection: Connection): void {
    this.connections.add(connection);
    connection.down.push(syncStep1(this.doc));
  }

  read(connection: Connection, message: Uint8Array): void {
    if (!this.connections.has(connection)) return;
    const reply = receive(this.doc, message, connection, this.onError);
    if (reply !== null) connection.down.push(reply);
  }

  close(connection: Connection): void {
    this.connections.delete(connection);
  }
}
