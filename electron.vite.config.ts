import { resolve } from 'node:path';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// One copy of yjs in every bundle: two copies break Yjs's `instanceof` checks.
const dedupe = ['yjs', 'lexical', '@lexical/yjs', 'y-protocols', 'lib0'];

/** What the bundler tells a chunk-naming function about the module graph. */
type ChunkingContext = {
  getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[] } | null;
};

/**
 * Everything the page's entry imports statically goes into one chunk: a first
 * start then fetches two scripts instead of thirty, and the browser's limit of six
 * connections to one host no longer queues them (docs/benchmarks.md, "Where a first start's time goes").
 * What loads on demand stays in chunks of its own.
 */
function startChunk(id: string, context: ChunkingContext): string | null {
  let known = startModules.get(context);
  if (known === undefined) startModules.set(context, (known = new Map()));
  const atStart = reachedFromEntry(id, context, known, new Set());
  // Only a search from here that found no path is complete; one cut short by a cycle is not.
  if (!atStart) known.set(id, false);
  return atStart ? 'start' : null;
}

/** Per chunking pass: whether a module is reached from the entry by static imports. */
const startModules = new WeakMap<ChunkingContext, Map<string, boolean>>();

function reachedFromEntry(
  id: string,
  context: ChunkingContext,
  known: Map<string, boolean>,
  seen: Set<string>,
): boolean {
  const cached = known.get(id);
  if (cached !== undefined) return cached;
  const info = context.getModuleInfo(id);
  if (info === null || seen.has(id)) return false;
  seen.add(id);
  const reached =
    info.isEntry ||
    info.importers.some((importer) => reachedFromEntry(importer, context, known, seen));
  if (reached) known.set(id, true);
  return reached;
}

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'electron/main/index.ts'),
          // "Host on this computer" runs this in a utility process of its own.
          'hosted-server': resolve(
            import.meta.dirname,
            'electron/services/sharing/hosted/server-process.ts',
          ),
        },
      },
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
