import { SyncClient } from './client';
import type { Direction } from './connection';
import { SyncServer } from './server';

/** A queue with frames waiting: the direction of one client's connection. */
export type Queue = { client: number; direction: Direction; length: number };

/**
 * The server, the clients and the frames in flight between them. Nothing moves
 * unless `deliver` is called, so the caller decides which connection is slow
 * and which frames arrive in one batch.
 */
export class Network {
  readonly server: SyncServer;
  readonly clients: SyncClient[];
  /** Updates that failed to apply anywhere (y-protocols would only log them). */
  readonly errors: Error[] = [];

  constructor(clientCount: number) {
    const onError = (error: Error) => this.errors.push(error);
    this.server = new SyncServer(onError);
    this.clients = Array.from(
      { length: clientCount },
      (_, index) => new SyncClient(index + 1, onError),
    );
  }

  client(index: number): SyncClient {
    const client = this.clients[index];
    if (client === undefined) throw new Error(`No client ${index}.`);
    return client;
  }

  connect(index: number): void {
    this.client(index).connect(this.server);
  }

  /**
   * Closes a client's socket after the first `up` and `down` frames in flight got
   * through (a closing socket may still flush part of its buffer); the rest is lost.
   */
  disconnect(index: number, up: number, down: number): void {
    this.deliver(index, 'up', up);
    this.deliver(index, 'down', down);
    this.client(index).disconnect(this.server);
  }

  /** Delivers up to `count` frames, in order, from one direction of one connection. */
  deliver(index: number, direction: Direction, count: number): void {
    const client = this.client(index);
    for (let delivered = 0; delivered < count; delivered++) {
      const connection = client.connection;
      const message = connection?.[direction].shift();
      if (connection === null || message === undefined) return;
      if (direction === 'up') this.server.read(connection, message);
      else client.read(message);
    }
  }

  queues(): Queue[] {
    const queues: Queue[] = [];
    this.clients.forEach((client, index) => {
      const connection = client.connection;
      if (connection === null) return;
      if (connection.up.length > 0)
        queues.push({ client: index, direction: 'up', length: connection.up.length });
      if (connection.down.length > 0)
        queues.push({ client: index, direction: 'down', length: connection.down.length });
    });
    return queues;
  }

  /**
   * Everyone back online and every frame delivered, until nothing is in flight.
   * Returns false if the frames never stop (a ping-pong would be a bug).
   */
  settle(maxFrames = 100_000): boolean {
    this.clients.forEach((_, index) => this.connect(index));
    let budget = maxFrames;
    for (let queues = this.queues(); queues.length > 0; queues = this.queues()) {
      for (const queue of queues) {
        budget -= queue.length;
        this.deliver(queue.client, queue.direction, queue.length);
      }
      if (budget < 0) return false;
    }
    return true;
  }
}
