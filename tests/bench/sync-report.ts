import type { Row } from './report';
import type { ServerLoadResult } from './server-load';
import { median, ms, percentile, ratio } from './stats';
import type { SyncResults } from './sync-run';

const verdict = (ok: boolean): string => (ok ? 'met' : 'missed');
const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KiB`;
const PLAIN = 'plain server';

/** The rows of benchmarks (d), (e) and (f) for the Results table. */
export function syncRows({ remoteKeys, load, reconnect }: SyncResults): Row[] {
  return [...remoteKeyRows(remoteKeys), ...loadRows(load), ...reconnectRows(reconnect)];
}

function remoteKeyRows({ app, reference, characters }: SyncResults['remoteKeys']): Row[] {
  const [p50, p95] = [median(app.latencies), percentile(app.latencies, 95)];
  const [plainP50, plainP95] = [median(reference.latencies), percentile(reference.latencies, 95)];
  return [
    [
      `Keystroke in A → text in B's DOM, p50 (${characters} keys)`,
      ms(p50),
      `${PLAIN} ${ms(plainP50)}`,
      ratio(p50, plainP50),
      '',
    ],
    [
      `Keystroke in A → text in B's DOM, p95 (${characters} keys)`,
      ms(p95),
      `${PLAIN} ${ms(plainP95)}`,
      ratio(p95, plainP95),
      `≤ 33 ms: ${verdict(p95 <= 33)}`,
    ],
    [
      "Keystroke in A → text in B's DOM, max",
      ms(Math.max(...app.latencies)),
      `${PLAIN} ${ms(Math.max(...reference.latencies))}`,
      '',
      '',
    ],
    [
      '↳ B joins: opened → both pages Synced',
      ms(app.firstSyncMs),
      `${PLAIN} ${ms(reference.firstSyncMs)}`,
      ratio(app.firstSyncMs, reference.firstSyncMs),
      '',
    ],
  ];
}

function loadRows({ app, reference, appRoom, referenceRoom }: SyncResults['load']): Row[] {
  const shape = `${app.rooms * app.clientsPerRoom} clients, ${app.rooms} rooms, ${app.updatesPerSecond}/s, ${app.seconds} s`;
  const compared = (
    label: string,
    pick: (result: ServerLoadResult) => number,
    format: (value: number) => string,
    target = '',
  ): Row => [
    label,
    format(pick(app)),
    `${PLAIN} ${format(pick(reference))}`,
    ratio(pick(app), pick(reference)),
    target,
  ];
  const percent = (value: number): string => `${value.toFixed(0)} %`;
  return [
    [
      `Server load: updates lost (${shape})`,
      `${app.lost.toLocaleString('en')} of ${app.expected.toLocaleString('en')}`,
      `${PLAIN} ${reference.lost.toLocaleString('en')} of ${reference.expected.toLocaleString('en')}`,
      '',
      `0: ${verdict(app.lost === 0)}`,
    ],
    compared(
      'Server load: delivery p99',
      (r) => r.p99Ms,
      ms,
      `≤ 50 ms: ${verdict(app.p99Ms <= 50)}`,
    ),
    compared('↳ delivery p50', (r) => r.p50Ms, ms),
    compared('↳ delivery max', (r) => r.maxMs, ms),
    compared('↳ server CPU while sending (of one core)', (r) => r.serverCpuPercent, percent),
    compared('↳ server RSS, peak while sending', (r) => r.memory.peakRss, mib),
    compared('↳ server heap after the run (after a GC)', (r) => r.memory.afterRun.heapUsed, mib),
    compared('↳ server RSS after all clients left', (r) => r.memory.afterLeaving.rss, mib),
    compared('↳ server heap after all clients left', (r) => r.memory.afterLeaving.heapUsed, mib),
    [
      `Server memory per room of the large program (heap, ${appRoom.rooms} rooms)`,
      mib(appRoom.heapPerRoom),
      `${PLAIN} ${mib(referenceRoom.heapPerRoom)}`,
      ratio(appRoom.heapPerRoom, referenceRoom.heapPerRoom),
      '',
    ],
  ];
}

function reconnectRows(result: SyncResults['reconnect']): Row[] {
  // Both clients follow plans of the same shape: A's counts are B's.
  const [a] = result.counts;
  const made =
    a === undefined
      ? ''
      : `${a.keystrokes} keys, ${a.paragraphs} Enters, ${a.structural} structural`;
  return [
    [
      `Reconnect after ${result.edits.toLocaleString('en')} offline edits on each of two clients → both synced`,
      ms(result.reconnectMs),
      `Y.applyUpdate both ways ${ms(result.mergeMs)}`,
      ratio(result.reconnectMs, result.mergeMs),
      `≤ 1 s: ${verdict(result.reconnectMs <= 1000 && result.documentsEqual && result.serverEqual)}`,
    ],
    ['↳ both WebSockets open (the server reopens the room)', ms(result.connectedMs), '', '', ''],
    ['↳ both Synced (the server sent all it had)', ms(result.syncedMs), '', '', ''],
    ['↳ offline updates A / B', result.updateBytes.map(kib).join(' / '), `each ${made}`, '', ''],
    [
      "↳ converged: programs equal / server's copy equal",
      `${result.documentsEqual ? 'yes' : 'NO'} / ${result.serverEqual ? 'yes' : 'NO'}`,
      '',
      '',
      '',
    ],
  ];
}
