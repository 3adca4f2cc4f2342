import { resolve } from 'node:path';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { ChunkingContext } from 'rolldown';

// One copy of yjs in every bundle: two copies break Yjs's `instanceof` checks.
const dedupe = ['yjs', 'lexical', '@lexical/yjs', 'y-protocols', 'lib0'];

/**
 * Everything the page's entry imports statically goes into one chunk: a first
 * start then fetches two scripts instead of thirty, and the browser's limit of six
 * connections to one host no longer queues them (docs/benchmarks.md, "Opening").
 * What loads on demand stays in chunks of its own.
 */
function startChunk(id: string, context: ChunkingContext): string | null {
  return loadedAtStart(id, context, new Set()) ? 'start' : null;
}

const atStart = new Map<string, boolean>();
function loadedAtStart(id: string, context: ChunkingContext, seen: Set<string>): boolean {
  const known = atStart.get(id);
  if (known !== undefined) return known;
  const info = context.getModuleInfo(id);
  if (info === null || seen.has(id)) return false;
  seen.add(id);
  const result =
    info.isEntry || info.importers.some((importer) => loadedAtStart(importer, context, seen));
  atStart.set(id, result);
  return result;
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'electron/preload/index.ts') },
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    base: './',
    resolve: { dedupe },
    plugins: [react()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified; a smaller bundle parses faster on open.
      minify: true,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'renderer/index.html') },
        output: { codeSplitting: { groups: [{ name: startChunk, priority: 1 }] } },
      },
    },
  },
});
