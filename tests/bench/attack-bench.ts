/**
 * (i) The abuse of docs/security.md as a benchmark: a room of its own filled
 * with 4 MiB, then connections from one address that ask for the whole room
 * again and again and never read, replaced as fast as the server drops them.
 * Meanwhile the usual co-tutors type in other rooms. Measured against the same
 * load on a fresh server without the attack, in the same run: the server's peak
 * memory, and the other rooms' delivery times and losses. Asserts nothing.
 */
import { randomBytes, randomUUID } from 'node:crypto';

import * as Y from 'yjs';

import { roomUrl } from '../../shared/sync/room';
import { openSilentReader, type SilentReader } from '../integration/fixtures/silent-reader';
import {
  describeServerLoad,
  type LoadOptions,
  runServerLoad,
  type ServerLoadResult,
} from './server-load';
import { joinLoadRoom, leave, registerKey, waitFor } from './server-load-clients';
import { type LoadServer, withLoadServer } from './server-load-host';

export type AttackStats = {
  /** Connections the attacker opened, and how many of those the server cut off. */
  opened: number;
  dropped: number;
  /** Upgrades the server refused outright (too many connections from the address). */
  refused: number;
  /** "Send me the whole room" requests sent. */
  requests: number;
};

export type AttackResult = {
  calm: ServerLoadResult;
  attacked: ServerLoadResult;
  /** Highest RSS of the server, sampled every RSS_SAMPLE_MS, in each run. */
  calmPeakRss: number;
  attackedPeakRss: number;
  attack: AttackStats;
  roomBytes: number;
};

/** Smaller than the load of (e): the figure is the difference the attack makes. */
export const ATTACK_LOAD: LoadOptions = {
  rooms: 10,
  clientsPerRoom: 5,
  updatesPerSecond: 5,
  seconds: 20,
};

const ROOM_BYTES = 4 * 2 ** 20;
/** The attacker's own address: the load's co-tutors come from 127.0.x.y of their own. */
const ATTACKER_ADDRESS = '127.0.0.2';
/** Connections the attacker keeps open at once, if the server lets it. */
const ATTACKER_CONNECTIONS = 100;
const ATTACK_TICK_MS = 10;
const RSS_SAMPLE_MS = 250;
/** Sync step 1 with an empty state vector: three bytes that ask for the whole room. */
const SYNC_REQUEST = new Uint8Array([0, 0, 1, 0]);

export async function benchAttack(load: LoadOptions = ATTACK_LOAD): Promise<AttackResult> {
  process.setMaxListeners(Math.max(process.getMaxListeners(), 1000));
  const calm = await withLoadServer('cotutor', async (server) => {
    const rss = sampleRss(server);
    const result = await runServerLoad(server, load);
    return { result, peakRss: await rss.stop() };
  });
  console.log(indent(`without the attack\n${describeServerLoad(calm.result)}`));
  const attacked = await withLoadServer('cotutor', async (server) => {
    const rss = sampleRss(server);
    const attack = await startAttack(server);
    try {
      const result = await runServerLoad(server, load);
      return { result, stats: await attack.stop(), peakRss: await rss.stop() };
    } finally {
      await attack.stop();
    }
  });
  console.log(indent(`under the attack\n${describeServerLoad(attacked.result)}`));
  const { stats } = attacked;
  console.log(
    indent(
      `attacker: ${stats.opened} connections opened, ${stats.dropped} cut off, ${stats.refused} refused, ${stats.requests.toLocaleString('en')} requests for the whole ${ROOM_BYTES / 2 ** 20} MiB room`,
    ),
  );
  return {
    calm: calm.result,
    attacked: attacked.result,
    calmPeakRss: calm.peakRss,
    attackedPeakRss: attacked.peakRss,
    attack: stats,
    roomBytes: ROOM_BYTES,
  };
}

/** Anyone may fill a room of their own; then only asks for it. */
async function startAttack(server: LoadServer): Promise<{ stop(): Promise<AttackStats> }> {
  const room = { index: -1, id: randomUUID(), key: randomBytes(24).toString('base64url') };
  await registerKey(server.url, room.id, room.key);
  const doc = new Y.Doc();
  doc.getText('notes').insert(0, 'x'.repeat(ROOM_BYTES));
  // Stays connected, so the room stays in memory throughout.
  const filler = joinLoadRoom(server.url, room, 10_000, [], doc);
  if (!(await waitFor(() => filler.provider.synced, 60_000))) {
    throw new Error('The attacker could not fill its room.');
  }
  const url = roomUrl(server.url, room.id, room.key);
  const stats: AttackStats = { opened: 0, dropped: 0, refused: 0, requests: 0 };
  const readers = new Set<SilentReader>();
  let running = true;
  const loop = (async () => {
    while (running) {
      for (const reader of readers) {
        if (reader.closed) {
          readers.delete(reader);
          stats.dropped += 1;
          continue;
        }
        reader.send(SYNC_REQUEST);
        stats.requests += 1;
      }
      if (readers.size < ATTACKER_CONNECTIONS) {
        try {
          readers.add(await openSilentReader(url, ATTACKER_ADDRESS));
          stats.opened += 1;
        } catch {
          stats.refused += 1;
        }
      }
      await new Promise((resolve) => setTimeout(resolve, ATTACK_TICK_MS));
    }
  })();
  let stopped: Promise<AttackStats> | null = null;
  return {
    stop: () => {
      stopped ??= (async () => {
        running = false;
        await loop;
        readers.forEach((reader) => reader.destroy());
        leave(filler);
        return { ...stats };
      })();
      return stopped;
    },
  };
}

function sampleRss(server: LoadServer): { stop(): Promise<number> } {
  let peak = 0;
  let running = true;
  const loop = (async () => {
    while (running) {
      peak = Math.max(peak, (await server.usage()).rss);
      await new Promise((resolve) => setTimeout(resolve, RSS_SAMPLE_MS));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return peak;
    },
  };
}

const indent = (text: string): string => text.replace(/^/gm, '    ');
