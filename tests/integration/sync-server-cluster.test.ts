import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import * as Y from 'yjs';

import { encodeVersionBody } from '../../electron/services/storage/version-body';
import { roomNameOf, roomUrl, versionBodyEndpoint } from '../../shared/sync/room';
import { mulberry32 } from '../support/random';
import { typedSequence } from './fixtures/crash-typing';
import { type Balancer, nginxMissing, startBalancer } from './fixtures/nginx';
import { type Cluster, postgresMissing, startCluster } from './fixtures/postgres';
import { storedDoc } from './fixtures/stored-room';
import { type Running, startCli } from './fixtures/sync-cli';
import {
  type Client,
  Clients,
  deleteRoomKey,
  newRoomKey,
  postRoomKey,
  registerRoom,
  waitUntil,
  whenSynced,
} from './fixtures/sync-clients';
import { openRawSocket } from './fixtures/sync-raw-client';

/** Waits until the database holds what `holds` asks of the room, read afresh each time. */
async function untilStored(
  cluster: Cluster,
  database: string,
  room: string,
  holds: (doc: Y.Doc) => boolean,
): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!holds(await storedDoc(cluster, database, room))) {
    if (Date.now() > deadline)
      throw new Error(`Timed out waiting for room ${room} in the database.`);
  }
}

/** The rooms a server process has opened a connection to, from its log. */
function roomsOpenedBy(server: Running, from = 0): Set<string> {
  const rooms = new Set<string>();
  for (const line of server.lines.slice(from)) {
    const entry = JSON.parse(line) as { event: string; room?: string };
    if (entry.event === 'connection-opened' && entry.room !== undefined) rooms.add(entry.room);
  }
  return rooms;
}

/**
 * A co-tutor typing into a text of its own (named after it) at a typist's pace,
 * 20–60 ms between keystrokes, from a seeded generator; resolves after `count`.
 */
async function typeAway(client: Client, name: string, count: number, seed: number): Promise<void> {
  const random = mulberry32(seed);
  const text = client.doc.getText(name);
  const offset = seed * 1_000;
  while (text.length < count) {
    text.insert(text.length, typedSequence(offset + text.length, offset + text.length + 1));
    await new Promise((resolve) => setTimeout(resolve, 20 + random() * 40));
  }
}

const expectedText = (seed: number, count: number): string =>
  typedSequence(seed * 1_000, seed * 1_000 + count);

const missing = postgresMissing ?? nginxMissing;

describe.skipIf(missing !== null)(
  `several sync server processes on one PostgreSQL${missing === null ? '' : ` (skipped: ${missing})`}`,
  () => {
    let cluster: Cluster;
    const clients = new Clients();
    const servers: Running[] = [];
    const balancers: Balancer[] = [];

    const startServers = (database: string, count: number): Promise<Running[]> =>
      Promise.all(
        Array.from({ length: count }, async () => {
          const server = await startCli(database);
          servers.push(server);
          return server;
        }),
      );

    beforeAll(async () => {
      cluster = await startCluster();
    });
    afterAll(async () => {
      await cluster.remove();
    });
    afterEach(async () => {
      clients.leaveAll();
      for (const { child } of servers.splice(0)) {
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      for (const balancer of balancers.splice(0)) await balancer.stop();
    });

    it('two processes holding the same room pass each other their clients’ edits, and store both', async () => {
      const database = await cluster.createDatabase();
      const [a, b] = await startServers(database, 2);
      if (a === undefined || b === undefined) throw new Error('Two servers were started.');
      const room = crypto.randomUUID();
      const key = newRoomKey();
      await registerRoom(a.url, room, key);
      // Registered on A, the key opens the room on B at once.
      const onA = clients.join(a.url, room, key);
      const onB = clients.join(b.url, room, key);
      await Promise.all([whenSynced(onA), whenSynced(onB)]);

      onA.doc.getText('a').insert(0, 'Typed on A');
      await waitUntil(
        () => onB.doc.getText('a').toString() === 'Typed on A',
        'a client of B sees what was typed on A',
      );
      await Promise.all([typeAway(onA, 'a-typing', 120, 1), typeAway(onB, 'b-typing', 120, 2)]);
      const both = (doc: Y.Doc): boolean =>
        doc.getText('a-typing').toString() === expectedText(1, 120) &&
        doc.getText('b-typing').toString() === expectedText(2, 120);
      await waitUntil(() => both(onA.doc) && both(onB.doc), 'both clients have both texts');

      clients.leaveAll();
      await untilStored(cluster, database, room, both);
    });

    it('a key rotated or removed on one process holds on the other, and closes its connections', async () => {
      const database = await cluster.createDatabase();
      const [a, b] = await startServers(database, 2);
      if (a === undefined || b === undefined) throw new Error('Two servers were started.');
      const room = crypto.randomUUID();
      const key = newRoomKey();
      const ownerSecret = await registerRoom(a.url, room, key);
      // Registered on A, the room is taken on B.
      const taken = await postRoomKey(b.url, room, {
        key: newRoomKey(),
        ownerSecret: newRoomKey(),
      });
      expect(taken.status).toBe(409);
      const old = openRawSocket(roomUrl(b.url, room, key));
      expect(await old.outcome).toEqual({ opened: true });

      const newKey = newRoomKey();
      const rotated = await postRoomKey(a.url, room, { ownerSecret, newKey });
      expect(rotated.status).toBe(200);
      // Connected to B with the old key: disconnected for good, as on A itself.
      expect((await old.closed).code).toBe(4403);
      const refused = openRawSocket(roomUrl(b.url, room, key));
      expect(await refused.outcome).toEqual({ opened: false, status: 403 });
      const current = openRawSocket(roomUrl(b.url, room, newKey));
      expect(await current.outcome).toEqual({ opened: true });

      const removed = await deleteRoomKey(a.url, room, { ownerSecret, deleteData: true });
      expect(removed.status).toBe(200);
      expect((await current.closed).code).toBe(4410);
      const gone = openRawSocket(roomUrl(b.url, room, newKey));
      expect(await gone.outcome).toEqual({ opened: false, status: 404 });
    });

    it('behind nginx with --trust-proxy, each co-tutor counts as its own address, not as the proxy', async () => {
      const database = await cluster.createDatabase();
      const server = await startCli(database, 0, ['--open-registration', '--trust-proxy']);
      servers.push(server);
      const balancer = await startBalancer([Number(new URL(server.url).port)]);
      balancers.push(balancer);
      const room = crypto.randomUUID();
      const key = newRoomKey();
      await registerRoom(balancer.url, room, key);
      // A workshop of 50 at once: past the burst of new connections one address
      // may open (40), so the proxy's own address would be refused with 429.
      const sockets = Array.from(
        { length: 50 },
        (_, index) =>
          new WebSocket(roomUrl(balancer.url, room, key), { localAddress: `127.0.3.${index + 1}` }),
      );
      try {
        const outcomes = await Promise.all(
          sockets.map(
            (socket) =>
              new Promise<number>((resolve) => {
                socket.once('open', () => resolve(101));
                socket.once('unexpected-response', (_request, response) =>
                  resolve(response.statusCode ?? 0),
                );
                socket.once('error', () => resolve(0));
              }),
          ),
        );
        expect(outcomes.filter((status) => status !== 101)).toEqual([]);
        // The log and the rate limits name the co-tutor's address.
        const remotes = (): (string | undefined)[] =>
          server.lines
            .map((line) => JSON.parse(line) as { event: string; remote?: string })
            .filter((entry) => entry.event === 'connection-opened')
            .map((entry) => entry.remote);
        await waitUntil(() => remotes().length >= sockets.length, 'every connection is logged');
        expect(new Set(remotes())).toEqual(
          new Set(sockets.map((_socket, index) => `127.0.3.${index + 1}`)),
        );
      } finally {
        for (const socket of sockets) socket.terminate();
      }
    });

    it('behind nginx, three processes and ten rooms: one killed mid-typing loses no edit', async () => {
      const database = await cluster.createDatabase();
      const processes = await startServers(database, 3);
      const balancer = await startBalancer(processes.map(({ url }) => Number(new URL(url).port)));
      balancers.push(balancer);
      const rooms = Array.from({ length: 10 }, () => ({
        id: crypto.randomUUID(),
        key: newRoomKey(),
      }));
      const owners = new Map<string, string>();
      for (const room of rooms)
        owners.set(room.id, await registerRoom(balancer.url, room.id, room.key));
      // Two co-tutors in every room, each typing a text of their own.
      const typists = rooms.flatMap((room, index) =>
        [0, 1].map((which) => ({
          room,
          client: clients.join(balancer.url, room.id, room.key),
          name: `typist-${which}`,
          seed: index * 2 + which + 1,
        })),
      );
      // And the review document of every program, open beside it.
      const reviews = rooms.map((room) => ({
        room,
        client: clients.join(balancer.url, roomNameOf(room.id, 'review'), room.key),
      }));
      await Promise.all([...typists, ...reviews].map(({ client }) => whenSynced(client)));
      for (const { room, client } of reviews) client.doc.getText('notes').insert(0, room.id);

      // The balancer sent every program to one process, by its id, review room included.
      const held = processes.map((server) => roomsOpenedBy(server));
      for (const room of rooms) {
        const holders = held.filter((rooms) => rooms.has(room.id));
        expect(holders).toHaveLength(1);
        expect(holders[0]?.has(roomNameOf(room.id, 'review'))).toBe(true);
      }
      const victimIndex = held.reduce(
        (most, rooms, index) => (rooms.size > (held[most]?.size ?? 0) ? index : most),
        0,
      );
      const victim = processes[victimIndex];
      if (victim === undefined) throw new Error('No process to kill.');
      const victimRooms = rooms.filter((room) => held[victimIndex]?.has(room.id));
      expect(victimRooms.length).toBeGreaterThan(0);
      // A third co-tutor in every room is connected straight to another process
      // (one that lives): every room is held by two processes throughout.
      const watchers = rooms.map((room) => {
        const other = processes.find(
          (_server, index) => index !== victimIndex && !held[index]?.has(room.id),
        );
        if (other === undefined) throw new Error('No other process for a watcher.');
        return { room, client: clients.join(other.url, room.id, room.key) };
      });
      await Promise.all(watchers.map(({ client }) => whenSynced(client)));

      const COUNT = 300;
      const typing = Promise.all(
        typists.map(({ client, name, seed }) => typeAway(client, name, COUNT, seed)),
      );
      await waitUntil(
        () => typists.every(({ client, name }) => client.doc.getText(name).length >= 100),
        'everyone has typed a third',
        60_000,
      );
      const survivors = processes.filter((server) => server !== victim);
      const linesBefore = survivors.map((server) => server.lines.length);
      victim.child.kill('SIGKILL');
      await victim.exited;
      // A version of a program the dead process held is uploaded and fetched meanwhile.
      const [moved] = victimRooms;
      if (moved === undefined) throw new Error('The dead process held a room.');
      const body = encodeVersionBody(Y.encodeStateAsUpdate(new Y.Doc()));
      const version = versionBodyEndpoint(balancer.url, moved.id, crypto.randomUUID(), moved.key);
      const uploaded = await fetch(version, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/octet-stream' },
        body: body as Uint8Array<ArrayBuffer>,
      });
      expect(uploaded.status).toBe(201);
      const fetched = await fetch(version);
      expect(Buffer.from(await fetched.arrayBuffer()).equals(body)).toBe(true);
      await typing;

      const complete = (doc: Y.Doc, room: (typeof rooms)[number]): boolean =>
        typists
          .filter((typist) => typist.room === room)
          .every(({ name, seed }) => doc.getText(name).toString() === expectedText(seed, COUNT));
      await waitUntil(
        () => [...typists, ...watchers].every(({ client, room }) => complete(client.doc, room)),
        'every client has every edit of its room',
        60_000,
      );
      // The killed process's rooms moved to the others.
      const movedTo = survivors.map((server, index) => roomsOpenedBy(server, linesBefore[index]));
      for (const room of victimRooms) {
        expect(movedTo.some((opened) => opened.has(room.id))).toBe(true);
      }

      clients.leaveAll();
      for (const room of rooms) {
        await untilStored(cluster, database, room.id, (doc) => complete(doc, room));
        await untilStored(
          cluster,
          database,
          roomNameOf(room.id, 'review'),
          (doc) => doc.getText('notes').toString() === room.id,
        );
      }
      // And a fresh process serves all of it.
      const [fresh] = await startServers(database, 1);
      if (fresh === undefined) throw new Error('A fresh server was started.');
      for (const room of rooms) {
        const reader = clients.join(fresh.url, room.id, room.key);
        await whenSynced(reader);
        expect(complete(reader.doc, room)).toBe(true);
      }
      // Stopping a program's sharing passes the balancer too.
      const stopped = await deleteRoomKey(balancer.url, moved.id, {
        ownerSecret: owners.get(moved.id),
        deleteData: true,
      });
      expect(stopped.status).toBe(200);
      // nginx logged every request, and no key.
      const accessLog = await balancer.accessLog();
      expect(accessLog).toContain(`${roomNameOf(moved.id, 'review')}`);
      expect(accessLog).not.toContain('key=');
    });
  },
);
