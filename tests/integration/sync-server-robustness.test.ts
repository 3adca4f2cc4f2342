import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { startSyncServer, type SyncServer } from '../../electron/services/sync-server';
import { newId } from '../../shared/model/ids';
import { addCoTutor } from '../../shared/model/mutations/co-tutors';
import { readProgram } from '../../shared/model/read';
import { roomUrl } from '../../shared/sync/room';
import { mulberry32 } from '../support/random';
import { quietLog, temporaryDirectory } from './fixtures/storage-fixtures';
import {
  type Client,
  Clients,
  converged,
  newProgramDoc,
  newRoomKey,
  registerRoom,
  waitUntil,
  whenSynced,
} from './fixtures/sync-clients';
import { openRawSocket } from './fixtures/sync-raw-client';

const MAX_PAYLOAD = 64 * 1024;
const SEED = Number(process.env.COTUTOR_SYNC_SEED ?? 20261122);

/** Deterministic bytes (mulberry32), so a failure replays exactly. */
function seededBytes(seed: number, length: number): Uint8Array {
  const random = mulberry32(seed);
  // The low byte of each 32-bit draw.
  return Uint8Array.from({ length }, () => (random() * 4294967296) & 0xff);
}

function message(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** [sync][step][varUint8Array payload], with a payload of our choosing. */
const syncMessage = (step: number, payload: Uint8Array): Uint8Array =>
  message((encoder) => {
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, step);
    encoding.writeVarUint8Array(encoder, payload);
  });

type Room = { programId: string; key: string; clients: [Client, Client] };

describe('malformed, oversized and too frequent messages', () => {
  let directory: { path: string; remove(): Promise<void> };
  let server: SyncServer;
  const clients = new Clients();
  let quiet: Room;
  let attacked: Room;

  async function room(title: string): Promise<Room> {
    const { doc, programId } = newProgramDoc(title);
    const key = newRoomKey();
    await registerRoom(server.url, programId, key);
    const pair: [Client, Client] = [
      clients.join(server.url, programId, key, doc),
      clients.join(server.url, programId, key),
    ];
    await Promise.all(pair.map((client) => whenSynced(client)));
    return { programId, key, clients: pair };
  }

  /** An edit on one client of each room reaches the other client of that room. */
  async function bothRoomsStillSync(label: string): Promise<void> {
    for (const {
      clients: [from, to],
    } of [quiet, attacked]) {
      addCoTutor(from.doc, { id: newId(), name: label, institution: '', role: '' }, 'test');
      await waitUntil(
        () => readProgram(to.doc).coTutors.some((tutor) => tutor.name === label),
        `"${label}" reached the other client`,
      );
    }
  }

  /** Opens a connection to the attacked room with its key, sends `frames`, and returns the close code. */
  async function attack(...frames: (Uint8Array | string)[]): Promise<number> {
    const raw = openRawSocket(roomUrl(server.url, attacked.programId, attacked.key));
    expect(await raw.outcome).toEqual({ opened: true });
    for (const frame of frames) raw.socket.send(frame);
    return (await raw.closed).code;
  }

  beforeAll(async () => {
    console.log(`Malformed-frame seed ${SEED} (COTUTOR_SYNC_SEED)`);
    directory = await temporaryDirectory('sync-robust');
    server = await startSyncServer({
      host: '127.0.0.1',
      port: 0,
      dataDirectory: directory.path,
      maxPayload: MAX_PAYLOAD,
      messageRate: { perSecond: 20, burst: 40 },
      log: quietLog,
    });
    quiet = await room('Quiet room');
    attacked = await room('Attacked room');
  });

  afterAll(async () => {
    clients.leaveAll();
    await server.close();
    await directory.remove();
  });

  it('closes a connection that sends random bytes or a random update, and only that one', async () => {
    expect(await attack(seededBytes(SEED, 256))).toBe(1007);
    const randomUpdate = seededBytes(SEED + 1, 300);
    expect(() => Y.decodeUpdate(randomUpdate)).toThrow();
    expect(await attack(syncMessage(2, randomUpdate))).toBe(1007);
    await bothRoomsStillSync('after random bytes');
  });

  it('closes a connection that sends a truncated sync step 2', async () => {
    const update = Y.encodeStateAsUpdate(newProgramDoc('Truncated').doc);
    const whole = syncMessage(1, update);
    // The length prefix promises more than the frame holds.
    expect(await attack(whole.slice(0, Math.floor(whole.byteLength / 2)))).toBe(1007);
    // An honest length around an update cut in half.
    const half = update.slice(0, Math.floor(update.byteLength / 2));
    expect(() => Y.decodeUpdate(half)).toThrow();
    expect(await attack(syncMessage(1, half))).toBe(1007);
    await bothRoomsStillSync('after truncated messages');
  });

  it('closes a connection that sends unknown message types or broken awareness', async () => {
    expect(await attack(Uint8Array.of(7, 0))).toBe(1007);
    expect(await attack(syncMessage(9, Uint8Array.of(0)))).toBe(1007);
    const awareness = message((encoder) => {
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarUint8Array(
        encoder,
        message((inner) => {
          encoding.writeVarUint(inner, 1);
          encoding.writeVarUint(inner, 12345);
          encoding.writeVarUint(inner, 1);
          encoding.writeVarString(inner, '{"user":');
        }),
      );
    });
    expect(await attack(awareness)).toBe(1007);
    expect(await attack('{"type":"text"}')).toBe(1003);
    await bothRoomsStillSync('after unknown messages');
  });

  it('refuses a frame above maxPayload with 1009', async () => {
    const oversized = syncMessage(2, new Uint8Array(MAX_PAYLOAD));
    expect(await attack(oversized)).toBe(1009);
    await bothRoomsStillSync('after an oversized frame');
  });

  it('closes a connection that sends faster than its rate with 1008', async () => {
    const stateVectorRequest = syncMessage(0, Y.encodeStateVector(new Y.Doc()));
    expect(await attack(...Array.from({ length: 200 }, () => stateVectorRequest))).toBe(1008);
    await bothRoomsStillSync('after a flood');
  });

  it('kept every legitimate client connected and no junk in the rooms', async () => {
    expect(server.stats()).toEqual({ roomsInMemory: 2, connections: 4 });
    for (const { clients: pair } of [quiet, attacked]) {
      await waitUntil(() => converged(pair.map((client) => client.doc)), 'the room converged');
      for (const client of pair) expect(client.provider.wsconnected).toBe(true);
    }
    expect(readProgram(attacked.clients[0].doc).meta.title).toBe('Attacked room');
  });
});
