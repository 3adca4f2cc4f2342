import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

import react from '@vitejs/plugin-react';
import { build } from 'vite';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

export type BareServer = { url: string; close(): Promise<void> };

/**
 * Builds tests/bench/bare-editor into `outDir` with Vite (production mode, as the
 * app is built) and serves it on 127.0.0.1 with the same cache policy as the web host.
 */
export async function serveBareEditor(outDir: string): Promise<BareServer> {
  await build({
    root: join(import.meta.dirname, 'bare-editor'),
    base: './',
    configFile: false,
    logLevel: 'warn',
    plugins: [react()],
    resolve: { dedupe: ['lexical', '@lexical/react', 'react', 'react-dom'] },
    build: { outDir, emptyOutDir: true, sourcemap: false },
  });
  const server = createServer((request, response) => {
    const path = normalize((request.url ?? '/').split(/[?#]/, 1)[0] ?? '/');
    const file = join(outDir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(outDir)) {
      response.writeHead(403).end();
      return;
    }
    stat(file).then(
      (info) => {
        response.writeHead(200, {
          'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
          'Content-Length': info.size,
          'Cache-Control': 'no-cache',
        });
        createReadStream(file).pipe(response);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
