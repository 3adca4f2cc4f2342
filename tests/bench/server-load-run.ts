/**
 * The server-load benchmark on its own: `tsx tests/bench/server-load-run.ts
 * [seconds]` runs the issue's load (200 clients in 20 rooms, 5 updates/s each)
 * against the project's server and against a plain @y/websocket-server, one after
 * the other, each in a child process, then the memory a loaded room costs.
 * Prints readable lines and, last, every result as one JSON object.
 */
import { withFreshIds } from '../../shared/model/copy';
import { blankProgram } from '../../shared/model/defaults';
import { largeProgram } from './large-program';
import {
  describeServerLoad,
  ISSUE_LOAD,
  runServerLoad,
  type ServerLoadResult,
} from './server-load';
import { type ServerKind, withLoadServer } from './server-load-host';
import { describeRoomMemory, measureRoomMemory, type RoomMemory } from './server-load-memory';

const seconds = Number(process.argv[2] ?? ISSUE_LOAD.seconds);
const KINDS: ServerKind[] = ['cotutor', 'reference'];

process.setMaxListeners(1000);
const loads: ServerLoadResult[] = [];
const rooms: RoomMemory[] = [];
const large = largeProgram().program;
for (const kind of KINDS) {
  const load = await withLoadServer(kind, (server) =>
    runServerLoad(server, { ...ISSUE_LOAD, seconds }),
  );
  console.log(describeServerLoad(load));
  loads.push(load);
}
for (const kind of KINDS) {
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
const [ours, plain] = loads;
if (ours !== undefined && plain !== undefined) {
  console.log(
    `cotutor / reference: p99 ${(ours.p99Ms / plain.p99Ms).toFixed(2)}×, ` +
      `server CPU ${(ours.serverCpuPercent / plain.serverCpuPercent).toFixed(2)}×, ` +
      `peak RSS ${(ours.memory.peakRss / plain.memory.peakRss).toFixed(2)}×`,
  );
}
console.log(JSON.stringify({ loads, rooms }));
