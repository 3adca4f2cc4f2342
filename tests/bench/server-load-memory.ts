import { randomBytes, randomUUID } from 'node:crypto';

import * as Y from 'yjs';

import { createProgram } from '../../shared/model/create';
import type { Program } from '../../shared/model/types';
import { joinLoadRoom, leave, registerKey, waitFor } from './server-load-clients';
import type { LoadServer } from './server-load-host';

export type RoomMemory = {
  server: LoadServer['kind'];
  label: string;
  rooms: number;
  /** Size of one room's document, encoded. */
  documentBytes: number;
  heapPerRoom: number;
  rssPerRoom: number;
};

/**
 * Memory a loaded room costs the server: `rooms` rooms, each holding `program()`
 * with one client connected, measured after a full GC against the idle server.
 * The program reaches the server as a client's sync step 2, as in the app; a
 * second client per room confirms the server holds it, then leaves.
 */
export async function measureRoomMemory(
  server: LoadServer,
  label: string,
  rooms: number,
  program: () => Program,
): Promise<RoomMemory> {
  const idle = await server.memory();
  const holders = [];
  let documentBytes = 0;
  for (let index = 0; index < rooms; index++) {
    const room = { index, id: randomUUID(), key: randomBytes(24).toString('base64url') };
    if (server.kind === 'cotutor') await registerKey(server.url, room.id, room.key);
    const doc = new Y.Doc();
    createProgram(doc, { ...program(), id: room.id });
    documentBytes = Y.encodeStateAsUpdate(doc).byteLength;
    const holder = joinLoadRoom(server.url, room, index * 2, [], doc);
    const check = joinLoadRoom(server.url, room, index * 2 + 1, []);
    const arrived = await waitFor(() => check.doc.getMap('program').size > 0, 60_000);
    leave(check);
    if (!arrived) throw new Error(`Room ${index} never reached a second client.`);
    holders.push(holder);
  }
  const loaded = await server.memory();
  holders.forEach(leave);
  return {
    server: server.kind,
    label,
    rooms,
    documentBytes,
    heapPerRoom: (loaded.heapUsed - idle.heapUsed) / rooms,
    rssPerRoom: (loaded.rss - idle.rss) / rooms,
  };
}

export function describeRoomMemory(result: RoomMemory): string {
  const kb = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KB`;
  return (
    `${result.server}: ${result.rooms} rooms of a ${result.label} program (${kb(result.documentBytes)} encoded): ` +
    `${kb(result.heapPerRoom)} heap and ${kb(result.rssPerRoom)} RSS per loaded room`
  );
}
