import { randomBytes } from 'node:crypto';

import { WebSocket as NodeWebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

import { roomKeyEndpoint } from '../../shared/sync/room';

/** What each update carries: who sent it, its number, and when (performance.now). */
export type Sample = { from: number; seq: number; at: number };

/**
 * One simulated co-tutor: the official client, and one Y.Map of samples per room,
 * each under a key of its own ("<from>:<seq>"). A map rather than an array:
 * YArrayEvent.changes walks the whole array on every event, which made the
 * clients, not the server, the bottleneck as the array grew.
 */
export type LoadClient = {
  index: number;
  room: number;
  doc: Y.Doc;
  provider: WebsocketProvider;
  samples: Y.Map<Sample>;
  sent: number;
  received: number;
};

export async function registerKey(server: string, room: string, key: string): Promise<void> {
  const response = await fetch(roomKeyEndpoint(server, room), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    // The owner secret is never needed again: a benchmark room is never rotated.
    body: JSON.stringify({ key, ownerSecret: randomBytes(24).toString('base64url') }),
  });
  if (response.status !== 201) throw new Error(`Registering a key answered ${response.status}.`);
}

/**
 * Joins a room and counts every sample other clients add, recording its
 * delivery time into `delays`. Its own (local) samples are not counted.
 */
export function joinLoadRoom(
  url: string,
  room: { index: number; id: string; key: string },
  index: number,
  delays: number[],
  doc = new Y.Doc(),
): LoadClient {
  const provider = new WebsocketProvider(url, room.id, doc, {
    params: { key: room.key },
    disableBc: true,
    WebSocketPolyfill: fromOwnAddress(index),
  });
  const samples = doc.getMap<Sample>('samples');
  const client: LoadClient = {
    index,
    room: room.index,
    doc,
    provider,
    samples,
    sent: 0,
    received: 0,
  };
  samples.observe((event, transaction) => {
    if (transaction.local) return;
    const now = performance.now();
    for (const key of event.keysChanged) {
      const sample = samples.get(key);
      if (sample === undefined) continue;
      client.received += 1;
      delays.push(now - sample.at);
    }
  });
  return client;
}

/**
 * Each co-tutor connects from a loopback address of its own (127.0.x.y), as each
 * works on a computer of its own: the server counts connections per address, and
 * 200 clients from 127.0.0.1 would meet that limit, not the load being measured.
 */
function fromOwnAddress(index: number): typeof WebSocket {
  const localAddress = `127.0.${1 + Math.floor(index / 250)}.${1 + (index % 250)}`;
  class FromOwnAddress extends NodeWebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { localAddress });
    }
  }
  return FromOwnAddress as unknown as typeof WebSocket;
}

export function sendSample(client: LoadClient): void {
  const sample = { from: client.index, seq: client.sent, at: performance.now() };
  client.samples.set(`${sample.from}:${sample.seq}`, sample);
  client.sent += 1;
}

export function leave(client: LoadClient): void {
  client.provider.destroy();
  client.provider.awareness.destroy();
  client.doc.destroy();
}

export async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}
