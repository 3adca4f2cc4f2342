import { startBalancer } from '../integration/fixtures/nginx';
import { startCluster } from '../integration/fixtures/postgres';
import {
  type LoadServer,
  type LoadStore,
  type Memory,
  startLoadServer,
  withLoadServer,
} from './server-load-host';

/** Processes behind nginx in the cluster, as in docs/deploy.md's example. */
const CLUSTER_PROCESSES = 3;

// Interrupted (Ctrl-C), the benchmark exits rather than dies, so that the
// fixtures' exit hooks stop PostgreSQL and nginx; the server processes close
// when their stdin does.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => process.exit(130));
}

/**
 * Runs `use` against the project's server on `store`: its data folder; a real
 * PostgreSQL 15 in a temp folder (tests/integration/fixtures/postgres.ts); or
 * three server processes on one database of it behind Debian's nginx with the
 * deploy guide's consistent hashing (fixtures/nginx.ts). Everything started
 * here is stopped however `use` ends (and by the fixtures' exit hooks if this
 * process dies first).
 */
export async function withStoreServer<T>(
  store: LoadStore,
  use: (server: LoadServer) => Promise<T>,
): Promise<T> {
  if (store === 'files') return withLoadServer('cotutor', use);
  const cluster = await startCluster();
  const stops: (() => Promise<void>)[] = [() => cluster.remove()];
  try {
    const database = await cluster.createDatabase();
    const postgres = await cluster.postmasterPid();
    if (store === 'postgres') {
      const server = await startLoadServer('cotutor', { database });
      stops.unshift(() => server.close());
      return await use({ ...server, support: { postgres } });
    }
    // One after the other: the first creates the schema the others find.
    const servers: LoadServer[] = [];
    for (let started = 0; started < CLUSTER_PROCESSES; started++) {
      const server = await startLoadServer('cotutor', { database, trustProxy: true });
      stops.unshift(() => server.close());
      servers.push(server);
    }
    const balancer = await startBalancer(servers.map((server) => Number(new URL(server.url).port)));
    stops.unshift(() => balancer.stop());
    return await use(behindBalancer(servers, balancer.url, { postgres, nginx: balancer.pid }));
  } finally {
    for (const stop of stops) await stop();
  }
}

/** The processes as one server: CPU and memory are their sums. */
function behindBalancer(
  servers: readonly LoadServer[],
  url: string,
  support: Record<string, number>,
): LoadServer {
  const sum = async (read: (server: LoadServer) => Promise<Memory>): Promise<Memory> => {
    const all = await Promise.all(servers.map(read));
    return {
      rss: all.reduce((total, memory) => total + memory.rss, 0),
      heapUsed: all.reduce((total, memory) => total + memory.heapUsed, 0),
      external: all.reduce((total, memory) => total + memory.external, 0),
      arrayBuffers: all.reduce((total, memory) => total + memory.arrayBuffers, 0),
    };
  };
  return {
    kind: 'cotutor',
    store: 'cluster',
    url,
    processes: servers.length,
    support,
    memory: () => sum((server) => server.memory()),
    usage: () => sum((server) => server.usage()),
    cpuSeconds: async () =>
      (await Promise.all(servers.map((server) => server.cpuSeconds()))).reduce(
        (total, seconds) => total + seconds,
        0,
      ),
    close: async () => {
      for (const server of servers) await server.close();
    },
  };
}
