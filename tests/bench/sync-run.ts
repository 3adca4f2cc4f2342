/**
 * The three sync benchmarks of docs/benchmarks.md ((d) keystroke in A to text
 * in B, (e) server load, (f) reconnect after offline edits), run by run.ts after
 * the others. Each starts its own servers and hosts in child processes and
 * closes them before returning.
 */
import { join } from 'node:path';

import type { Browser } from 'playwright-core';

import { isBreakType, SESSION_RICH_FIELDS } from '../../shared/model/schema';
import { type Program } from '../../shared/model/types';
import { benchServerLoad, type LoadBenchResult } from './load-bench';
import type { FieldTarget } from './offline-edits';
import { benchReconnect, type ReconnectResult } from './reconnect-bench';
import { benchRemoteKeys, type RemoteKeyResult } from './remote-key-bench';
import { ISSUE_LOAD } from './server-load';
import { median, ms, percentile } from './stats';

export type SyncResults = {
  remoteKeys: RemoteKeyResult;
  reconnect: ReconnectResult;
  load: LoadBenchResult;
};

export type SyncTarget = {
  program: Program;
  blockId: string;
  /** A data folder holding only the large program (copied, never written to). */
  seedData: string;
  /** The program's stored state, for the Node-side sessions of (f). */
  state: Uint8Array;
  /** Inside the bench's temp folder. */
  directory: string;
  rendererDirectory: string;
  templatesDirectory: string;
  seed: number;
};

export const REMOTE_KEYSTROKES = 200;
export const OFFLINE_EDITS = 5000;
/** COTUTOR_BENCH_LOAD_SECONDS shortens the load run for a quick try; the issue asks for 60. */
export const LOAD_SECONDS = Math.max(
  1,
  Number(process.env.COTUTOR_BENCH_LOAD_SECONDS ?? ISSUE_LOAD.seconds),
);

export async function benchSync(browser: Browser, target: SyncTarget): Promise<SyncResults> {
  console.log(
    `\n[d] Keystroke in A → text in B, through the server (${REMOTE_KEYSTROKES} keys, project's server then plain)…`,
  );
  const remoteKeys = await benchRemoteKeys(
    browser,
    {
      seedData: target.seedData,
      directory: join(target.directory, 'remote-keys'),
      rendererDirectory: target.rendererDirectory,
      templatesDirectory: target.templatesDirectory,
      programId: target.program.id,
      blockId: target.blockId,
      label: 'Content objectives',
      seed: target.seed,
    },
    REMOTE_KEYSTROKES,
  );
  for (const run of [remoteKeys.app, remoteKeys.reference]) {
    console.log(
      `    ${run.server}: p50 ${ms(median(run.latencies))}, p95 ${ms(percentile(run.latencies, 95))}; ` +
        `pages' clocks ${run.skew.before.toFixed(2)} → ${run.skew.after.toFixed(2)} ms apart (± ${run.skew.uncertainty.toFixed(2)} ms); ` +
        `first sync ${ms(run.firstSyncMs)}`,
    );
  }

  console.log(
    `\n[f] Reconnect after ${OFFLINE_EDITS.toLocaleString('en')} offline edits on each of two clients…`,
  );
  const reconnect = await benchReconnect(target.state, target.program.id, editPlans(target));
  console.log(
    `    ${ms(reconnect.reconnectMs)} (open ${ms(reconnect.connectedMs)}, Synced ${ms(reconnect.syncedMs)}); ` +
      `bare merge ${ms(reconnect.mergeMs)}; edits made in ${ms(reconnect.editingMs)}; ` +
      `programs equal: ${reconnect.documentsEqual}, server's copy equal: ${reconnect.serverEqual}`,
  );

  console.log(`\n[e] Server load for ${LOAD_SECONDS} s per server (COTUTOR_BENCH_LOAD_SECONDS)…`);
  const load = await benchServerLoad(LOAD_SECONDS, target.program);
  return { remoteKeys, reconnect, load };
}

/**
 * A types into the first session's "Content objectives" and five fields of
 * other sessions, B into the same first field (both at its end: concurrent
 * inserts at one position) and five others; both make structural edits
 * anywhere in the week.
 */
function editPlans(target: SyncTarget): Parameters<typeof benchReconnect>[2] {
  const sessions = target.program.days.flatMap((day) =>
    day.blocks
      .filter((block) => !isBreakType(block.type))
      .map((block) => ({ blockId: block.id, dayId: day.id })),
  );
  const fields = (offset: number): FieldTarget[] => [
    { blockId: target.blockId, field: 'contentObjectives' },
    ...Array.from({ length: 5 }, (_, index) => ({
      blockId: sessions[1 + offset + index * 2]?.blockId ?? target.blockId,
      field: SESSION_RICH_FIELDS[(offset + index * 3) % SESSION_RICH_FIELDS.length] ?? 'content',
    })),
  ];
  const plan = (offset: number) => ({
    fields: fields(offset),
    blocks: sessions,
    edits: OFFLINE_EDITS,
    seed: target.seed + offset,
  });
  return [plan(0), plan(1)];
}
