import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { startSyncServer, type SyncServer } from '../../electron/services/sync-server';
import type { SyncServerOptions } from '../../electron/services/sync-server/options';
import { newId } from '../../shared/model/ids';
import { addCoTutor } from '../../shared/model/mutations/co-tutors';
import { readProgram } from '../../shared/model/read';
import { roomUrl } from '../../shared/sync/room';
import { openSilentReader } from './fixtures/silent-reader';
import { temporaryDirectory } from './fixtures/storage-fixtures';
import { peakMemoryOf, type Running, startCli } from './fixtures/sync-cli';
import {
  type Client,
  Clients,
  newProgramDoc,
  newRoomKey,
  registerRoom,
  waitUntil,
  whenSynced,
} from './fixtures/sync-clients';
import { openRawSocket } from './fixtures/sync-raw-client';

/** Sync step 1 with an empty state vector: "send me the whole room". Three bytes of payload. */
const SYNC_REQUEST = new Uint8Array([0, 0, 1, 0]);
const MB = 1024 * 1024;
/** What the attack below may add to the server's peak memory. */
const ATTACK_MEMORY_BOUND = 120 * MB;

type Room = { programId: string; key: string; clients: Client[] };

describe('budgets of a connection and of an address', () => {
  const clients = new Clients();
  let cleanups: (() => Promise<void>)[] = [];

  afterEach(async () => {
    clients.leaveAll();
    for (const cleanup of cleanups.reverse()) await cleanup();
    cleanups = [];
  });

  async function room(url: string, title: string, padding = 0, joined = 1): Promise<Room> {
    const { doc, programId } = newProgramDoc(title);
    // A long history: what the server sends whole to whoever asks for the room.
    if (padding > 0) doc.getText('notes').insert(0, 'x'.repeat(padding));
    const key = newRoomKey();
    await registerRoom(url, programId, key);
    const first = clients.join(url, programId, key, doc);
    await whenSynced(first, 60_000);
    // The others join once the room holds the program, so they find it there.
    const others = Array.from({ length: joined - 1 }, () => clients.join(url, programId, key));
    await Promise.all(others.map((client) => whenSynced(client, 60_000)));
    return { programId, key, clients: [first, ...others] };
  }

  async function stillSyncs({ clients: [from, to] }: Room, label: string): Promise<void> {
    addCoTutor(from!.doc, { id: newId(), name: label, institution: '', role: '' }, 'test');
    await waitUntil(
      () => readProgram(to!.doc).coTutors.some((tutor) => tutor.name === label),
      `"${label}" reached the other co-tutor`,
    );
  }

  async function inProcess(options: Partial<SyncServerOptions>): Promise<{
    server: SyncServer;
    warnings: string[];
  }> {
    const directory = await temporaryDirectory('sync-budgets');
    const warnings: string[] = [];
    const server = await startSyncServer({
      host: '127.0.0.1',
      port: 0,
      dataDirectory: directory.path,
      log: { info: () => undefined, warn: (line) => void warnings.push(line) },
      ...options,
    });
    cleanups.push(async () => {
      await server.close();
      await directory.remove();
    });
    return { server, warnings };
  }

  it('a client that asks for a large room over and over and never reads is closed; memory stays bounded and other rooms sync', async () => {
    const directory = await temporaryDirectory('sync-budgets-cli');
    const cli: Running = await startCli(directory.path);
    cleanups.push(async () => {
      cli.child.kill('SIGKILL');
      await cli.exited;
      await directory.remove();
    });
    // Anyone can register a room of their own and fill it: 4 MB here.
    const large = await room(cli.url, 'Large room', 4 * MB);
    const other = await room(cli.url, 'Other room', 0, 2);
    const before = await peakMemoryOf(cli.child.pid!);

    const attacker = await openSilentReader(roomUrl(cli.url, large.programId, large.key));
    cleanups.push(async () => attacker.destroy());
    // Within the message rate: without a budget, 300 copies of the room (1.2 GB) would queue.
    for (let request = 0; request < 300; request++) attacker.send(SYNC_REQUEST);
    await waitUntil(
      () => cli.lines.some((line) => line.includes('"event":"connection-dropped"')),
      'the server dropped the attacker',
      60_000,
    );
    const dropped = cli.lines.find((line) => line.includes('"event":"connection-dropped"'))!;
    // Whichever budget it passes first: its requests or what waits for it.
    expect(JSON.parse(dropped)).toMatchObject({
      code: 1008,
      reason: expect.stringMatching(/^(too many sync requests|send buffer over \d+ bytes)$/),
    });
    await stillSyncs(other, 'Aigerim Bekova');

    const growth = (await peakMemoryOf(cli.child.pid!)) - before;
    console.log(
      `peak memory of the server grew by ${(growth / MB).toFixed(1)} MB during the attack`,
    );
    expect(growth).toBeLessThan(ATTACK_MEMORY_BOUND);
  }, 180_000);

  it('what waits for a client that does not read is bounded, even when its requests are allowed', async () => {
    const { server, warnings } = await inProcess({
      syncRequestRate: { perSecond: 1000, burst: 1000 },
      maxBufferedBytes: 256 * 1024,
    });
    const large = await room(server.url, 'Large room', 1 * MB, 2);
    const attacker = await openSilentReader(roomUrl(server.url, large.programId, large.key));
    cleanups.push(async () => attacker.destroy());
    for (let request = 0; request < 50; request++) attacker.send(SYNC_REQUEST);
    await waitUntil(
      () => warnings.some((line) => line.includes('"reason":"send buffer over 262144 bytes"')),
      'the server dropped the client that does not read',
    );
    // One reply as large as the room still goes to a client that reads.
    await stillSyncs(large, 'Joost van der Linden');
  });

  it('many connections of one address, each asking for a large room and never reading, share one budget', async () => {
    const { server, warnings } = await inProcess({
      maxBufferedBytesPerAddress: 4 * MB,
    });
    const large = await room(server.url, 'Large room', 2 * MB, 2);
    const url = roomUrl(server.url, large.programId, large.key);
    // From an address of their own: the co-tutors of the room come from 127.0.0.1.
    const readers = await Promise.all(
      Array.from({ length: 8 }, () => openSilentReader(url, '127.0.0.2')),
    );
    cleanups.push(async () => readers.forEach((reader) => reader.destroy()));
    // Five copies each are within every connection's own budget (8 MiB); 80 MB in all are not.
    for (const reader of readers) for (let ask = 0; ask < 5; ask++) reader.send(SYNC_REQUEST);
    await waitUntil(
      () =>
        warnings.some((line) => line.includes('send buffers of this address over their budget')),
      "the server dropped the address's connections past their budget",
    );
    await stillSyncs(large, 'Dana Serikbayeva');
  });

  it('an address that opens connections faster than its rate gets 429, even with places free', async () => {
    const { server } = await inProcess({ connectionRate: { perSecond: 0.01, burst: 3 } });
    // The room's two co-tutors take two of the three.
    const target = await room(server.url, 'Workshop room', 0, 2);
    const url = roomUrl(server.url, target.programId, target.key);
    const third = openRawSocket(url);
    expect(await third.outcome).toEqual({ opened: true });
    third.socket.close();
    await third.closed;
    await waitUntil(() => server.stats().connections === 2, 'the third connection closed');
    expect(await openRawSocket(url).outcome).toEqual({ opened: false, status: 429 });
    await stillSyncs(target, 'Marat Akhmetov');
  });

  it('a connection that sends more bytes a second than its budget is closed with 1008', async () => {
    const { server } = await inProcess({ byteRate: { perSecond: 1000, burst: 200 * 1024 } });
    const target = await room(server.url, 'Busy room', 0, 2);
    const raw = openRawSocket(roomUrl(server.url, target.programId, target.key));
    expect(await raw.outcome).toEqual({ opened: true });
    // Well-formed updates of 50 KB each: the fifth passes the burst.
    const source = new Y.Doc();
    for (let update = 0; update < 6; update++) {
      const before = Y.encodeStateVector(source);
      source.getText('notes').insert(0, 'y'.repeat(50 * 1024));
      const diff = Y.encodeStateAsUpdate(source, before);
      raw.socket.send(syncUpdate(diff));
    }
    expect((await raw.closed).code).toBe(1008);
    await stillSyncs(target, 'Saule Nurlanovna');
  });

  it('one address gets a bounded number of connections; a place comes free when one closes', async () => {
    const { server } = await inProcess({ maxConnectionsPerAddress: 3 });
    const target = await room(server.url, 'Workshop room', 0, 2);
    const url = roomUrl(server.url, target.programId, target.key);
    const third = openRawSocket(url);
    expect(await third.outcome).toEqual({ opened: true });
    const fourth = openRawSocket(url);
    expect(await fourth.outcome).toEqual({ opened: false, status: 429 });

    third.socket.close();
    await third.closed;
    await waitUntil(
      () => server.stats().connections === 2,
      'the closed connection was counted off',
    );
    const again = openRawSocket(url);
    expect(await again.outcome).toEqual({ opened: true });
    again.socket.close();
  });
});

function syncUpdate(update: Uint8Array): Uint8Array {
  const header = [0, 2, ...varUint(update.length)];
  const message = new Uint8Array(header.length + update.length);
  message.set(header);
  message.set(update, header.length);
  return message;
}

function varUint(value: number): number[] {
  const bytes: number[] = [];
  let rest = value;
  while (rest > 0x7f) {
    bytes.push((rest & 0x7f) | 0x80);
    rest = Math.floor(rest / 128);
  }
  bytes.push(rest);
  return bytes;
}
