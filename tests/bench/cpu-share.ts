import { readdir, readFile } from 'node:fs/promises';

/**
 * How much of the machine other work took while the benchmark ran: CPU time of
 * every process minus that of this process and its descendants (web host,
 * Chromium, esbuild). On a shared 2-core machine this, not the load average
 * (which counts the benchmark itself), says whether the figures are disturbed.
 */
export type CpuMark = { total: number; busy: number; ours: number };

/**
 * `alsoOurs`: processes the benchmark started that are not its descendants,
 * with theirs (PostgreSQL's postmaster, which pg_ctl leaves to init).
 */
export async function cpuMark(alsoOurs: readonly number[] = []): Promise<CpuMark> {
  const stat = await readFile('/proc/stat', 'utf8');
  const fields = (stat.split('\n')[0] ?? '').trim().split(/\s+/).slice(1).map(Number);
  const total = fields.reduce((sum, value) => sum + value, 0);
  const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
  return { total, busy: total - idle, ours: await treeTicks([process.pid, ...alsoOurs]) };
}

/**
 * CPU seconds (user + system) of a process and all its descendants so far,
 * with the children it already reaped: a postmaster with its backends, nginx
 * with its workers.
 */
export async function treeCpuSeconds(root: number): Promise<number> {
  return (await treeTicks([root])) / TICKS_PER_SECOND;
}

/** Share of all CPU time between two marks spent by processes other than ours. */
export function otherShare(before: CpuMark, after: CpuMark): number {
  const total = after.total - before.total;
  return total <= 0 ? NaN : (after.busy - before.busy - (after.ours - before.ours)) / total;
}

/** Linux's USER_HZ, the unit of /proc/<pid>/stat's times. */
const TICKS_PER_SECOND = 100;

async function treeTicks(roots: readonly number[]): Promise<number> {
  const stats = new Map<number, { parent: number; ticks: number }>();
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const text = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '');
    // Fields after the command name, which is in parentheses and may hold spaces.
    const rest = text.slice(text.lastIndexOf(')') + 2).split(' ');
    const parent = Number(rest[1]);
    // utime, stime, and the reaped children's cutime, cstime.
    const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(rest[index] ?? 0), 0);
    if (Number.isFinite(parent)) stats.set(Number(name), { parent, ticks });
  }
  let sum = 0;
  for (const [pid, { ticks }] of stats) {
    for (let at: number | undefined = pid; at !== undefined && at > 1; at = stats.get(at)?.parent) {
      if (roots.includes(at)) {
        sum += ticks;
        break;
      }
    }
  }
  return sum;
}
