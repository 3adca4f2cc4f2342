import * as Y from 'yjs';

import { Connection } from './connection';
import { receive, syncStep1, updateMessage } from './messages';
import type { SyncServer } from './server';

/**
 * One co-tutor's replica with the behaviour of y-websocket's WebsocketProvider:
 * on open it sends sync step 1; it answers the server's step 1 with step 2; every
 * local change is sent as an update while connected, and changes made offline are
 * not queued but recovered by the sync steps of the next connection. Frames from
 * the server are applied with the client itself as origin, so they are not sent
 * back (the provider's `origin !== this` test).
 */
export class SyncClient {
  readonly doc = new Y.Doc();
  connection: Connection | null = null;

  constructor(
    clientId: number,
    private readonly onError: (error: Error) => void,
  ) {
    // Fixed client ids: Yjs orders concurrent map writes by client id, so a
    // seed replays only if the ids are the same.
    this.doc.clientID = clientId;
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== this && this.connection !== null)
        this.connection.up.push(updateMessage(update));
    });
  }

  connect(server: SyncServer): void {
    if (this.connection !== null) return;
    const connection = new Connection();
    this.connection = connection;
    server.accept(connection);
    connection.up.push(syncStep1(this.doc));
  }

  read(message: Uint8Array): void {
    const connection = this.connection;
    if (connection === null) return;
    const reply = receive(this.doc, message, this, this.onError);
    if (reply !== null) connection.up.push(reply);
  }

  /** Closes the socket: frames still in flight either way are lost. */
  disconnect(server: SyncServer): void {
    if (this.connection === null) return;
    server.close(this.connection);
    this.connection.open = false;
    this.connection.up.length = 0;
    this.connection.down.length = 0;
    this.connection = null;
  }
}
