import { cp } from 'node:fs/promises';
import { join, resolve } from 'node:path';

import * as Y from 'yjs';

import { Storage } from '../../electron/services/storage/storage';
import { createProgram } from '../../shared/model/create';
import { type HostProcess, startHostProcess } from './host';
import { DEFAULT_SEED, type LargeProgram, largeProgram } from './large-program';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The large program of the default seed, written by the path library.create
 * takes into a data folder in `temp`, and a web host in a child process serving
 * it with a copy of out/renderer (a rebuild meanwhile cannot change the bundle
 * under it): what the profiling scripts open.
 */
export async function hostLargeProgram(
  temp: string,
): Promise<{ large: LargeProgram; host: HostProcess }> {
  const large = largeProgram(DEFAULT_SEED);
  const storage = await Storage.open(join(temp, 'data'), {
    log: { info: () => undefined, warn: console.warn },
  });
  const doc = new Y.Doc();
  // Derived from the seed, as run.ts does, so that a seed always gives the same file.
  doc.clientID = 0x10000000 + (DEFAULT_SEED % 0xe0000000);
  createProgram(doc, large.program, 'host');
  await storage.create(doc);
  await storage.close();
  await cp(join(ROOT, 'out/renderer'), join(temp, 'renderer'), { recursive: true });
  const host = await startHostProcess({
    dataDirectory: join(temp, 'data'),
    rendererDirectory: join(temp, 'renderer'),
    templatesDirectory: join(ROOT, 'resources/templates'),
  });
  return { large, host };
}
