/**
 * (l) The load of (e) against the project's server on PostgreSQL, and on three
 * processes sharing one database behind nginx (server-load-stores.ts), each in
 * rounds alternating with the same load on a fresh plain @y/websocket-server
 * (runPairedLoads). (e) is the same on the file store. Asserts nothing.
 */
import {
  describeRatios,
  describeServerLoad,
  ISSUE_LOAD,
  runPairedLoads,
  type ServerLoadResult,
} from './server-load';
import { withLoadServer } from './server-load-host';
import { withStoreServer } from './server-load-stores';

/** One store's run and the plain server's, in alternating rounds. */
export type StorePair = { ours: ServerLoadResult; plain: ServerLoadResult };

export type StoresResult = { postgres: StorePair; cluster: StorePair };

export async function benchStores(seconds: number): Promise<StoresResult> {
  // Every WebsocketProvider adds a process 'exit' listener: 200 are expected here.
  process.setMaxListeners(Math.max(process.getMaxListeners(), 1000));
  const pair = async (store: 'postgres' | 'cluster'): Promise<StorePair> => {
    const load = { ...ISSUE_LOAD, seconds };
    const { ours, plain } = await withStoreServer(store, (server) =>
      withLoadServer('reference', (reference) => runPairedLoads(server, reference, load)),
    );
    console.log(indent(describeServerLoad(ours)));
    console.log(indent(describeServerLoad(plain)));
    console.log(indent(describeRatios(ours, plain)));
    return { ours, plain };
  };
  return { postgres: await pair('postgres'), cluster: await pair('cluster') };
}

const indent = (text: string): string => text.replace(/^/gm, '    ');
