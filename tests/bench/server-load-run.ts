/**
 * The server-load benchmark on its own: `tsx tests/bench/server-load-run.ts
 * [seconds]` runs the issue's load (200 clients in 20 rooms, 5 updates/s each)
 * against the project's server on each store COTUTOR_LOAD_STORES names (default
 * files,postgres,cluster: server-load-stores.ts), in rounds alternating with the
 * same load on a plain @y/websocket-server (runPairedLoads), each server in a
 * child process; then,
 * with the files store, the memory a loaded room costs.
 * Prints readable lines and, last, every result as one JSON object.
 */
import { withFreshIds } from '../../shared/model/copy';
import { blankProgram } from '../../shared/model/defaults';
import { largeProgram } from './large-program';
import {
  describeRatios,
  describeServerLoad,
  ISSUE_LOAD,
  runPairedLoads,
  type ServerLoadResult,
} from './server-load';
import { type LoadStore, type ServerKind, withLoadServer } from './server-load-host';
import { describeRoomMemory, measureRoomMemory, type RoomMemory } from './server-load-memory';
import { withStoreServer } from './server-load-stores';

const seconds = Number(process.argv[2] ?? ISSUE_LOAD.seconds);
const KINDS: ServerKind[] = ['cotutor', 'reference'];
const STORES: readonly LoadStore[] = ['files', 'postgres', 'cluster'];
const stores = (process.env.COTUTOR_LOAD_STORES ?? STORES.join(','))
  .split(',')
  .map((name) => name.trim());
const unknown = stores.filter((name) => !(STORES as readonly string[]).includes(name));
if (unknown.length > 0) {
  throw new Error(
    `COTUTOR_LOAD_STORES names ${unknown.join(', ')}; known are ${STORES.join(', ')}.`,
  );
}

process.setMaxListeners(1000);
const loads: ServerLoadResult[] = [];
const rooms: RoomMemory[] = [];
const large = largeProgram().program;
for (const store of stores as LoadStore[]) {
  const { ours, plain } = await withStoreServer(store, (server) =>
    withLoadServer('reference', (reference) =>
      runPairedLoads(server, reference, { ...ISSUE_LOAD, seconds }),
    ),
  );
  console.log(describeServerLoad(ours));
  console.log(describeServerLoad(plain));
  console.log(describeRatios(ours, plain));
  loads.push(ours, plain);
}
for (const kind of stores.includes('files') ? KINDS : []) {
  for (const [label, count, program] of [
    ['blank', 100, () => blankProgram({ title: 'A week' })],
    ['large (60,000 words)', 10, () => withFreshIds(large)],
  ] as const) {
    const memory = await withLoadServer(kind, (server) =>
      measureRoomMemory(server, label, count, program),
    );
    console.log(describeRoomMemory(memory));
    rooms.push(memory);
  }
}
console.log(JSON.stringify({ loads, rooms }));
