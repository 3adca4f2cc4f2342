/**
 * Server load: `clientsPerRoom` official y-websocket clients in each of `rooms`
 * rooms, each inserting `updatesPerSecond` timestamped samples, for `seconds`.
 * Measures updates lost (every sample must reach every other client of its room),
 * delivery times (sender's performance.now() inside the sample; every client
 * lives in this process, so one clock), and the server's own memory and CPU
 * (it runs in a child process, server-load-process.ts). Asserts nothing.
 */
import { randomBytes, randomUUID } from 'node:crypto';

import { cpuMark, otherShare, treeCpuSeconds } from './cpu-share';
import {
  joinLoadRoom,
  leave,
  type LoadClient,
  registerKey,
  sendSample,
  waitFor,
} from './server-load-clients';
import type { LoadServer, LoadStore, Memory, ServerKind } from './server-load-host';
import { percentile } from './stats';

export type LoadOptions = {
  rooms: number;
  clientsPerRoom: number;
  updatesPerSecond: number;
  seconds: number;
};

export const ISSUE_LOAD: LoadOptions = {
  rooms: 20,
  clientsPerRoom: 10,
  updatesPerSecond: 5,
  seconds: 60,
};

export type ServerLoadResult = LoadOptions & {
  server: ServerKind;
  store: LoadStore | null;
  /** Server processes sharing the load (their CPU and memory are summed). */
  processes: number;
  sent: number;
  /** Deliveries due: each sample times the other clients of its room. */
  expected: number;
  delivered: number;
  lost: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  /**
   * Server CPU for what was sent (while sending, and until its deliveries and
   * stores were done), in % of one core over the time spent sending.
   */
  serverCpuPercent: number;
  /** The processes the server relies on (postgres, nginx: each with its workers) meanwhile, in % of one core. */
  supportCpuPercent: Record<string, number>;
  /** This process (all the clients) meanwhile, in % of one core. */
  clientsCpuPercent: number;
  /** Processes outside this benchmark meanwhile, in % of the whole machine: they skew every figure. */
  otherCpuPercent: number;
  memory: {
    /** After a GC: before any client, with every client connected, after the run, after all left. */
    idle: Memory;
    connected: Memory;
    afterRun: Memory;
    afterLeaving: Memory;
    /** Highest RSS sampled (no GC) while sending. */
    peakRss: number;
  };
};

/** How often the server's RSS is sampled while sending. */
const RSS_SAMPLE_MS = 5000;
/** Deliveries still in flight when sending stops get this long to arrive. */
const DRAIN_MS = 15_000;
/**
 * After the last delivery of a round, what the server still does for it (the
 * project's server stores a room's updates up to 500 ms after they arrive:
 * room-store.ts) counts for the round too. Read at once, the round's CPU left
 * out that work when it ran after the round, in the other server's turn: the
 * shorter the rounds, the more it left out.
 */
const SETTLE_MS = 1500;

export async function runServerLoad(
  server: LoadServer,
  options: LoadOptions = ISSUE_LOAD,
): Promise<ServerLoadResult> {
  const run = await startLoad(server, options);
  try {
    await sendRound(run, options.seconds);
    return await finishLoad(run);
  } finally {
    run.clients.forEach(leave);
  }
}

/**
 * The issue's load against two servers in alternating rounds: `rounds` rounds
 * of `seconds / rounds` each, ours then the plain one, both connected the whole
 * time (each with its own clients), every figure pooled over its server's
 * rounds. On this project's shared 2-core machine one server's CPU per delivery
 * moved by a third from one run to the next, with the machine otherwise idle,
 * and every process's with it (the clients' too): a run of one server after the
 * other measured the machine's drift as much as the servers. Alternating gives
 * both the same share of it.
 */
export async function runPairedLoads(
  ours: LoadServer,
  plain: LoadServer,
  options: LoadOptions = ISSUE_LOAD,
  rounds = LOAD_ROUNDS,
): Promise<{ ours: ServerLoadResult; plain: ServerLoadResult }> {
  const runs = [await startLoad(ours, options), await startLoad(plain, options)] as const;
  try {
    const each = options.seconds / rounds;
    for (let round = 0; round < rounds; round++) {
      for (const run of runs) await sendRound(run, each);
    }
    return { ours: await finishLoad(runs[0]), plain: await finishLoad(runs[1]) };
  } finally {
    for (const run of runs) run.clients.forEach(leave);
  }
}

/** Rounds of runPairedLoads (COTUTOR_LOAD_ROUNDS, default 3). */
export const LOAD_ROUNDS = Math.max(1, Number(process.env.COTUTOR_LOAD_ROUNDS ?? 3));

/** One server's clients, connected, and what its rounds of sending measured so far. */
type LoadRun = {
  server: LoadServer;
  options: LoadOptions;
  clients: LoadClient[];
  delays: number[];
  idle: Memory;
  connected: Memory;
  peakRss: number;
  /** CPU seconds of the server, its support processes and the clients; the machine's other share × seconds. */
  cpu: { server: number; clients: number; support: Record<string, number>; other: number };
  wall: number;
};

async function startLoad(server: LoadServer, options: LoadOptions): Promise<LoadRun> {
  const idle = await server.memory();
  const rooms = Array.from({ length: options.rooms }, (_, index) => ({
    index,
    id: randomUUID(),
    key: randomBytes(24).toString('base64url'),
  }));
  // The plain server ignores keys; the project's refuses a room without one.
  if (server.kind === 'cotutor') {
    for (const room of rooms) await registerKey(server.url, room.id, room.key);
  }
  const delays: number[] = [];
  const clients: LoadClient[] = rooms.flatMap((room) =>
    Array.from({ length: options.clientsPerRoom }, (_, slot) =>
      joinLoadRoom(server.url, room, room.index * options.clientsPerRoom + slot, delays),
    ),
  );
  if (!(await waitFor(() => clients.every((client) => client.provider.synced), 60_000))) {
    clients.forEach(leave);
    throw new Error('Not every client synced within a minute.');
  }
  return {
    server,
    options,
    clients,
    delays,
    idle,
    connected: await server.memory(),
    peakRss: 0,
    cpu: { server: 0, clients: 0, support: {}, other: 0 },
    wall: 0,
  };
}

/** Sends for `seconds` and waits for what was sent to arrive, adding up what it cost. */
async function sendRound(run: LoadRun, seconds: number): Promise<void> {
  const { peakRss, wall, cpu } = await sendFor(run.server, run.clients, {
    ...run.options,
    seconds,
  });
  run.peakRss = Math.max(run.peakRss, peakRss);
  run.wall += wall;
  run.cpu.server += cpu.server;
  run.cpu.clients += cpu.clients;
  run.cpu.other += cpu.other;
  for (const [name, used] of Object.entries(cpu.support)) {
    run.cpu.support[name] = (run.cpu.support[name] ?? 0) + used;
  }
}

async function finishLoad(run: LoadRun): Promise<ServerLoadResult> {
  const { server, clients, delays, wall } = run;
  const expected = expectedDeliveries(clients);
  const afterRun = await server.memory();
  const percent = (seconds: number): number => (seconds / wall) * 100;
  const result = {
    ...run.options,
    server: server.kind,
    store: server.store,
    processes: server.processes,
    sent: clients.reduce((sum, client) => sum + client.sent, 0),
    expected,
    delivered: delivered(clients),
    lost: expected - delivered(clients),
    p50Ms: percentile(delays, 50),
    p99Ms: percentile(delays, 99),
    maxMs: percentile(delays, 100),
    serverCpuPercent: percent(run.cpu.server),
    supportCpuPercent: Object.fromEntries(
      Object.entries(run.cpu.support).map(([name, seconds]) => [name, percent(seconds)]),
    ),
    clientsCpuPercent: percent(run.cpu.clients),
    otherCpuPercent: percent(run.cpu.other),
  };
  clients.splice(0).forEach(leave);
  // The project's server unloads rooms whose last client left; give it a moment.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const afterLeaving = await server.memory();
  return {
    ...result,
    memory: {
      idle: run.idle,
      connected: run.connected,
      afterRun,
      afterLeaving,
      peakRss: run.peakRss,
    },
  };
}

function delivered(clients: readonly LoadClient[]): number {
  return clients.reduce((sum, client) => sum + client.received, 0);
}

/** Each client sends on its own timer, started at a random phase so that sends spread out. */
async function sendFor(
  server: LoadServer,
  clients: LoadClient[],
  options: LoadOptions,
): Promise<{ peakRss: number; wall: number; cpu: LoadRun['cpu'] }> {
  const period = 1000 / options.updatesPerSecond;
  const timers: NodeJS.Timeout[] = [];
  const started = performance.now();
  const serverCpu = await server.cpuSeconds();
  const support = Object.entries(server.support);
  const supportCpu = await supportSeconds(support);
  const ownCpu = process.cpuUsage();
  // PostgreSQL's postmaster is not this process's descendant, but is the benchmark's.
  const machine = await cpuMark(support.map(([, pid]) => pid));
  for (const client of clients) {
    timers.push(
      setTimeout(() => {
        sendSample(client);
        timers.push(setInterval(() => sendSample(client), period));
      }, Math.random() * period),
    );
  }
  let peakRss = 0;
  const end = started + options.seconds * 1000;
  // The last wait is cut short: the run lasts `seconds`, not the next multiple of 5.
  for (let now = started; now < end; now = performance.now()) {
    await new Promise((resolve) => setTimeout(resolve, Math.min(RSS_SAMPLE_MS, end - now)));
    peakRss = Math.max(peakRss, (await server.usage()).rss);
  }
  timers.forEach((timer) => clearTimeout(timer));
  const wall = (performance.now() - started) / 1000;
  const expected = expectedDeliveries(clients);
  await waitFor(() => delivered(clients) >= expected, DRAIN_MS);
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const own = process.cpuUsage(ownCpu);
  const supportAfter = await supportSeconds(support);
  return {
    peakRss,
    wall,
    cpu: {
      server: (await server.cpuSeconds()) - serverCpu,
      support: Object.fromEntries(
        support.map(([name]) => [name, (supportAfter[name] ?? 0) - (supportCpu[name] ?? 0)]),
      ),
      clients: (own.user + own.system) / 1e6,
      other: otherShare(machine, await cpuMark(support.map(([, pid]) => pid))) * wall,
    },
  };
}

async function supportSeconds(
  support: readonly (readonly [string, number])[],
): Promise<Record<string, number>> {
  const seconds: Record<string, number> = {};
  for (const [name, pid] of support) seconds[name] = await treeCpuSeconds(pid);
  return seconds;
}

function expectedDeliveries(clients: readonly LoadClient[]): number {
  const sentPerRoom = new Map<number, number>();
  for (const client of clients)
    sentPerRoom.set(client.room, (sentPerRoom.get(client.room) ?? 0) + client.sent);
  // Every client should receive what the others of its room sent.
  return clients.reduce(
    (sum, client) => sum + (sentPerRoom.get(client.room) ?? 0) - client.sent,
    0,
  );
}

/** Which server a result is of: the plain one, or the project's on its store. */
export function serverLabel(
  result: Pick<ServerLoadResult, 'server' | 'store' | 'processes'>,
): string {
  if (result.store === null) return 'plain @y/websocket-server';
  if (result.store === 'cluster')
    return `cotutor, ${result.processes} processes behind nginx on PostgreSQL`;
  return `cotutor on ${result.store === 'files' ? 'its data folder' : 'PostgreSQL'}`;
}

const supportLine = (result: ServerLoadResult): string =>
  Object.entries(result.supportCpuPercent)
    .map(([name, percent]) => `, ${name} ${percent.toFixed(1)} %`)
    .join('');

const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;

/** The result as a few readable lines. */
export function describeServerLoad(result: ServerLoadResult): string {
  const { memory } = result;
  return [
    `${serverLabel(result)}: ${result.rooms} rooms × ${result.clientsPerRoom} clients, ${result.updatesPerSecond}/s each, ${result.seconds} s`,
    `  sent ${result.sent}, deliveries ${result.delivered}/${result.expected}, lost ${result.lost}`,
    `  delivery p50 ${result.p50Ms.toFixed(2)} ms, p99 ${result.p99Ms.toFixed(2)} ms, max ${result.maxMs.toFixed(1)} ms`,
    `  server CPU ${result.serverCpuPercent.toFixed(1)} % of a core${supportLine(result)} (clients ${result.clientsCpuPercent.toFixed(1)} %; other processes ${result.otherCpuPercent.toFixed(0)} % of the machine)`,
    `  server heap ${mb(memory.idle.heapUsed)} idle, ${mb(memory.connected.heapUsed)} connected, ${mb(memory.afterRun.heapUsed)} after the run, ${mb(memory.afterLeaving.heapUsed)} after leaving`,
    `  server RSS ${mb(memory.idle.rss)} idle, ${mb(memory.peakRss)} peak, ${mb(memory.afterLeaving.rss)} after leaving`,
  ].join('\n');
}

/** CPU time (µs) per delivered update of `percent` of a core over the sending. */
const perDelivery = (result: ServerLoadResult, percent: number): string =>
  (((percent / 100) * result.seconds * 1e6) / result.delivered).toFixed(1);

/**
 * The project's server against the plain one of the same run: the issue's
 * targets are CPU ≤ 1.2× and p99 ≤ 1.5×. PostgreSQL and nginx are set beside
 * the plain server's CPU too, and added to the server's in the last ratio.
 */
export function describeRatios(ours: ServerLoadResult, plain: ServerLoadResult): string {
  const times = (value: number, of: number): string => `${(value / of).toFixed(2)}×`;
  const support = Object.entries(ours.supportCpuPercent);
  const withSupport = support.reduce(
    (total, [, percent]) => total + percent,
    ours.serverCpuPercent,
  );
  return [
    `  ${serverLabel(ours)} / plain: p99 ${times(ours.p99Ms, plain.p99Ms)} (target ≤ 1.5×), ` +
      `server CPU ${times(ours.serverCpuPercent, plain.serverCpuPercent)} (target ≤ 1.2×), ` +
      `lost ${ours.lost} (target 0), peak RSS ${times(ours.memory.peakRss, plain.memory.peakRss)}`,
    // When the machine is too busy for the clients to send at the set rate, the
    // servers relay different amounts: CPU per delivery still compares them.
    `  server CPU per delivery ${perDelivery(ours, ours.serverCpuPercent)} µs, plain ${perDelivery(plain, plain.serverCpuPercent)} µs: ` +
      times(ours.serverCpuPercent / ours.delivered, plain.serverCpuPercent / plain.delivered),
    ...support.map(
      ([name, percent]) =>
        `  ${name} CPU ${times(percent, plain.serverCpuPercent)} the plain server's`,
    ),
    ...(support.length === 0
      ? []
      : [
          `  server + ${support.map(([name]) => name).join(' + ')} CPU ${times(withSupport, plain.serverCpuPercent)} the plain server's`,
        ]),
  ].join('\n');
}
