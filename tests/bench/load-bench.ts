import { withFreshIds } from '../../shared/model/copy';
import type { Program } from '../../shared/model/types';
import {
  describeServerLoad,
  ISSUE_LOAD,
  runPairedLoads,
  type ServerLoadResult,
} from './server-load';
import { type ServerKind, withLoadServer } from './server-load-host';
import { describeRoomMemory, measureRoomMemory, type RoomMemory } from './server-load-memory';

export type LoadBenchResult = {
  app: ServerLoadResult;
  reference: ServerLoadResult;
  /** Memory one room holding the large program costs each server. */
  appRoom: RoomMemory;
  referenceRoom: RoomMemory;
};

/** Rooms of the large program loaded at once to measure a room's memory. */
const LARGE_ROOMS = 5;

/**
 * The issue's load (200 clients in 20 rooms, 5 updates a second each) for
 * `seconds`, against the project's server and a plain @y/websocket-server in
 * alternating rounds (runPairedLoads), each in a fresh child process
 * (tests/bench/server-load*.ts); then what a room of the large program costs each.
 */
export async function benchServerLoad(seconds: number, large: Program): Promise<LoadBenchResult> {
  // Every WebsocketProvider adds a process 'exit' listener: 200 are expected here.
  process.setMaxListeners(Math.max(process.getMaxListeners(), 1000));
  const { ours, plain } = await withLoadServer('cotutor', (server) =>
    withLoadServer('reference', (reference) =>
      runPairedLoads(server, reference, { ...ISSUE_LOAD, seconds }),
    ),
  );
  console.log(indent(describeServerLoad(ours)));
  console.log(indent(describeServerLoad(plain)));
  const room = async (kind: ServerKind): Promise<RoomMemory> => {
    const result = await withLoadServer(kind, (server) =>
      measureRoomMemory(server, 'large (60,000 words)', LARGE_ROOMS, () => withFreshIds(large)),
    );
    console.log(indent(describeRoomMemory(result)));
    return result;
  };
  return {
    app: ours,
    reference: plain,
    appRoom: await room('cotutor'),
    referenceRoom: await room('reference'),
  };
}

const indent = (text: string): string => text.replace(/^/gm, '    ');
