import { realpathSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import react from '@vitejs/plugin-react';
import { createServer } from 'vite';

export type BarePage = { url: string; close(): Promise<void> };

/**
 * Serves the comparison page on 127.0.0.1 with Vite's dev server. Its module
 * cache goes to a temporary folder, not into the installed node_modules.
 */
export async function serveBareCollaboration(): Promise<BarePage> {
  const repository = resolve(import.meta.dirname, '../../..');
  const cacheDir = await mkdtemp(join(tmpdir(), 'cotutor-bare-collab-'));
  const server = await createServer({
    root: import.meta.dirname,
    configFile: false,
    cacheDir,
    logLevel: 'warn',
    plugins: [react()],
    resolve: { dedupe: ['lexical', '@lexical/react', '@lexical/yjs', 'react', 'react-dom', 'yjs'] },
    server: {
      host: '127.0.0.1',
      port: 0,
      hmr: false,
      // node_modules may be a link to an installation elsewhere on the disk.
      fs: { allow: [repository, realpathSync(join(repository, 'node_modules'))] },
    },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (url === undefined) throw new Error('The comparison page has no address.');
  return {
    url,
    close: async () => {
      await server.close();
      await rm(cacheDir, { recursive: true, force: true });
    },
  };
}
