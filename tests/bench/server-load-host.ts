import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export type ServerKind = 'cotutor' | 'reference';

/**
 * Where the project's server keeps its rooms: its data folder, a PostgreSQL
 * database, or one database shared by three processes behind nginx.
 */
export type LoadStore = 'files' | 'postgres' | 'cluster';

export type Memory = { rss: number; heapUsed: number; external: number; arrayBuffers: number };

/** A sync server running in tests/bench/server-load-process.ts (or several behind nginx). */
export type LoadServer = {
  kind: ServerKind;
  /** The project's server's store; null for the plain server. */
  store: LoadStore | null;
  url: string;
  /** How many server processes share the load. */
  processes: number;
  /**
   * The processes the server relies on, by name (postgres, nginx): the root
   * of each, whose descendants are its workers.
   */
  support: Record<string, number>;
  /** The server's process.memoryUsage(), after a full GC. */
  memory(): Promise<Memory>;
  /** The same without a GC, to sample while clients are being served. */
  usage(): Promise<Memory>;
  /** User + system CPU seconds the server process has used so far. */
  cpuSeconds(): Promise<number>;
  close(): Promise<void>;
};

/** How the project's server is started: on PostgreSQL, behind a proxy. */
export type ServerSetup = { database?: string; trustProxy?: boolean };

/**
 * COTUTOR_LOAD_PROFILE=<folder> writes a CPU profile of every server process
 * (node --cpu-prof) into that folder when it exits, to open in Chrome's DevTools.
 */
const profileFolder = process.env.COTUTOR_LOAD_PROFILE;

export async function startLoadServer(
  kind: ServerKind,
  setup: ServerSetup = {},
): Promise<LoadServer> {
  const profile =
    profileFolder === undefined || profileFolder === ''
      ? []
      : ['--cpu-prof', '--cpu-prof-dir', profileFolder];
  const child = spawn(
    process.execPath,
    [
      '--expose-gc',
      ...profile,
      '--import',
      'tsx',
      join(import.meta.dirname, 'server-load-process.ts'),
    ],
    {
      env: {
        ...process.env,
        COTUTOR_LOAD_SERVER: kind,
        COTUTOR_LOAD_DATABASE: setup.database ?? '',
        COTUTOR_LOAD_TRUST_PROXY: setup.trustProxy === true ? '1' : '0',
      },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const replies: ((line: string) => void)[] = [];
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (line) => replies.shift()?.(line));
  const next = (): Promise<string> =>
    new Promise((resolve, reject) => {
      replies.push(resolve);
      void exited.then((code) => reject(new Error(`The ${kind} server exited (${code}).`)));
    });
  const ask = async (command: string): Promise<Memory> => {
    const reply = next();
    child.stdin.write(`${command}\n`);
    return JSON.parse(await reply) as Memory;
  };
  const { url, pid } = JSON.parse(await next()) as { url: string; pid: number };
  return {
    kind,
    store: kind === 'reference' ? null : setup.database === undefined ? 'files' : 'postgres',
    url,
    processes: 1,
    support: {},
    memory: () => ask('memory'),
    usage: () => ask('usage'),
    cpuSeconds: () => processCpuSeconds(pid),
    close: async () => {
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Runs `use` against a fresh server of `kind`, closing it however `use` ends. */
export async function withLoadServer<T>(
  kind: ServerKind,
  use: (server: LoadServer) => Promise<T>,
): Promise<T> {
  const server = await startLoadServer(kind);
  try {
    return await use(server);
  } finally {
    await server.close();
  }
}

/** utime + stime of a process, from /proc (Linux, 100 ticks a second). */
async function processCpuSeconds(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
