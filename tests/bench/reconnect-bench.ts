import { randomBytes } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';

import * as Y from 'yjs';

import { ProgramSession } from '../../renderer/src/program/program-session';
import type { ProgramSharing } from '../../shared/host-api/contract';
import { readProgram } from '../../shared/model/read';
import { formatInvite } from '../../shared/sync/invite';
import { memoryHost } from '../support/program-host';
import { type EditCount, type EditPlan, makeOfflineEdits } from './offline-edits';
import { joinLoadRoom, leave, registerKey, waitFor } from './server-load-clients';
import { startLoadServer } from './server-load-host';
import { median } from './stats';

export type ReconnectResult = {
  /** Edits each client made while offline, and of which kinds. */
  edits: number;
  counts: EditCount[];
  /** Both reconnect at once → both synced, equal state vectors and delete sets (ms). */
  reconnectMs: number;
  /** On the way: both WebSockets open, and both told by the server it has sent them everything (ms). */
  connectedMs: number;
  syncedMs: number;
  /** Y.applyUpdate of each client's offline update into the other's document (median, ms). */
  mergeMs: number;
  /** The two offline updates, encoded. */
  updateBytes: number[];
  /** Checked after the clock stopped: the programs read back equal, and so does the server's copy. */
  documentsEqual: boolean;
  serverEqual: boolean;
  /** How long making the edits took (not part of any figure). */
  editingMs: number;
};

/** The documents are compared this often while they converge: the figure's resolution. */
const POLL_MS = 5;

/**
 * Two co-tutors' windows on the large program: the app's own ProgramSession
 * (its saver, repairs, shared provider and status tracker) over an in-memory
 * host, through the project's server in a child process. Both go offline as
 * the app does when the network drops (ProgramSync.setOnline(false)), make
 * `plans[i].edits` edits each, and come back at the same moment.
 */
export async function benchReconnect(
  state: Uint8Array,
  programId: string,
  plans: [EditPlan, EditPlan],
): Promise<ReconnectResult> {
  const server = await startLoadServer('cotutor');
  const sessions: ProgramSession[] = [];
  try {
    const key = randomBytes(24).toString('base64url');
    await registerKey(server.url, programId, key);
    const sharing: ProgramSharing = {
      serverUrl: server.url,
      key,
      invite: formatInvite({ server: server.url, programId, key }),
      keySince: new Date().toISOString(),
      role: 'owner' as const,
    };
    // Both computers already hold the program, as after an earlier sync.
    for (let index = 0; index < 2; index++) {
      const session = await ProgramSession.open(memoryHost(state, sharing), programId);
      await session.loadReview();
      sessions.push(session);
    }
    const [a, b] = sessions as [ProgramSession, ProgramSession];
    const phase = (session: ProgramSession) => session.sync.tracker.getState().phase;
    if (!(await waitFor(() => phase(a) === 'synced' && phase(b) === 'synced', 120_000))) {
      throw new Error('The two sessions did not sync before going offline.');
    }
    a.sync.setOnline(false);
    b.sync.setOnline(false);
    const common = Y.encodeStateVector(a.doc);
    const started = performance.now();
    const edits = [makeOfflineEdits(a, plans[0]), makeOfflineEdits(b, plans[1])];
    const editingMs = performance.now() - started;
    const offline = [Y.encodeStateAsUpdate(a.doc, common), Y.encodeStateAsUpdate(b.doc, common)];
    const states = [Y.encodeStateAsUpdate(a.doc), Y.encodeStateAsUpdate(b.doc)];
    // Offline for a moment: the savers have stored the edits before the network returns.
    await delay(1000);

    const start = performance.now();
    const marks = { connected: [] as number[], synced: [] as number[] };
    const stopWatching = sessions.map((session) => watch(session, start, marks));
    a.sync.setOnline(true);
    b.sync.setOnline(true);
    const converged = () =>
      phase(a) === 'synced' && phase(b) === 'synced' && sameState(a.doc, b.doc);
    if (!(await until(converged, 60_000))) throw new Error('The clients did not converge in 60 s.');
    const reconnectMs = performance.now() - start;
    stopWatching.forEach((stop) => stop());

    const documentsEqual =
      JSON.stringify(readProgram(a.doc)) === JSON.stringify(readProgram(b.doc));
    const serverEqual = await serverHolds(server.url, { id: programId, key }, a.doc);
    edits.forEach((edit) => edit.dispose());
    return {
      edits: plans[0].edits,
      counts: edits.map((edit) => edit.count),
      reconnectMs,
      connectedMs: Math.max(...marks.connected),
      syncedMs: Math.max(...marks.synced),
      mergeMs: bareMerge(states, offline),
      updateBytes: offline.map((update) => update.byteLength),
      documentsEqual,
      serverEqual,
      editingMs,
    };
  } finally {
    await Promise.all(sessions.map((session) => session.close()));
    await server.close();
  }
}

/** Records when the session's provider opens its WebSocket and when its status turns Synced. */
function watch(
  session: ProgramSession,
  start: number,
  marks: { connected: number[]; synced: number[] },
): () => void {
  const provider = session.sync.shared.current;
  const onStatus = ({ status }: { status: string }) => {
    if (status === 'connected') marks.connected.push(performance.now() - start);
  };
  provider?.on('status', onStatus);
  const unsubscribe = session.sync.tracker.subscribe(() => {
    if (session.sync.tracker.getState().phase === 'synced')
      marks.synced.push(performance.now() - start);
  });
  return () => {
    provider?.off('status', onStatus);
    unsubscribe();
  };
}

/** Equal state vectors and delete sets: the same items, the same deletions. */
function sameState(a: Y.Doc, b: Y.Doc): boolean {
  const [left, right] = [
    Y.decodeStateVector(Y.encodeStateVector(a)),
    Y.decodeStateVector(Y.encodeStateVector(b)),
  ];
  if (
    left.size !== right.size ||
    [...left].some(([client, clock]) => right.get(client) !== clock)
  ) {
    return false;
  }
  // Only when the cheap test passes: building a delete set walks every item.
  return Y.equalSnapshots(Y.snapshot(a), Y.snapshot(b));
}

/** Like waitFor, but polling every POLL_MS: this wait is the measurement. */
async function until(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) return false;
    await delay(POLL_MS);
  }
  return true;
}

/** A third client, joining afterwards, receives exactly what A holds. */
async function serverHolds(
  url: string,
  room: { id: string; key: string },
  expected: Y.Doc,
): Promise<boolean> {
  const client = joinLoadRoom(url, { index: 0, ...room }, 0, []);
  try {
    if (!(await waitFor(() => client.provider.synced, 60_000))) return false;
    return sameState(client.doc, expected);
  } finally {
    leave(client);
  }
}

/** The least a reconnect must do: each side applies the other's offline update (median of 3). */
function bareMerge(states: Uint8Array[], offline: Uint8Array[]): number {
  const times: number[] = [];
  for (let run = 0; run < 3; run++) {
    const docs = states.map((stored) => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, stored);
      return doc;
    });
    const [a, b] = docs as [Y.Doc, Y.Doc];
    const start = performance.now();
    Y.applyUpdate(a, offline[1] ?? new Uint8Array());
    Y.applyUpdate(b, offline[0] ?? new Uint8Array());
    times.push(performance.now() - start);
    if (!sameState(a, b)) throw new Error('The bare merge did not converge.');
    docs.forEach((doc) => doc.destroy());
  }
  return median(times);
}
