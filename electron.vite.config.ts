import { resolve } from 'node:path';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';

// One copy of yjs in every bundle: two copies break Yjs's `instanceof` checks.
const dedupe = ['yjs', 'lexical', '@lexical/yjs', 'y-protocols', 'lib0'];

/** What the bundler tells a chunk-naming function about the module graph. */
type ChunkingContext = {
  getModuleInfo(id: string): {
    isEntry: boolean;
    importers: readonly string[];
    importedIds: readonly string[];
  } | null;
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

/**
 * The page's host and what it imports, in a small script of their own that the page
 * runs before the start chunk: it asks for the program while the start chunk still
 * loads and is parsed (docs/benchmarks.md, "First start: compile hints and the other levers").
 */
function pageHostChunk(id: string, context: ChunkingContext): string | null {
  let modules = pageHostModules.get(context);
  if (modules === undefined)
    pageHostModules.set(context, (modules = importedFrom(PAGE_HOST, context)));
  return modules.has(id) ? 'page-host' : null;
}

/** Per chunking pass: the modules of the page host's script. */
const pageHostModules = new WeakMap<ChunkingContext, Set<string>>();

/** Every module a chain of static imports leads to from `id`, and `id`. */
function importedFrom(id: string, context: ChunkingContext, seen = new Set<string>()): Set<string> {
  if (seen.has(id)) return seen;
  seen.add(id);
  for (const imported of context.getModuleInfo(id)?.importedIds ?? []) {
    importedFrom(imported, context, seen);
  }
  return seen;
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

const PAGE_HOST = resolve(import.meta.dirname, 'renderer/src/page-host.ts');

/**
 * Names the page host's script in the page before everything else. Module scripts run
 * in the order the page names them, each once its own imports are there, so this one
 * does not wait for the start chunk (the start chunk imports it, not the other way).
 */
function pageHostFirst(): Plugin {
  return {
    name: 'cotutor:page-host-first',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (file) => file.type === 'chunk' && file.isEntry && file.name === 'page-host',
        );
        if (chunk === undefined) throw new Error('The build has no page-host chunk.');
        return [
          {
            tag: 'script',
            attrs: { type: 'module', crossorigin: true, src: `./${chunk.fileName}` },
            injectTo: 'head-prepend',
          },
        ];
      },
    },
  };
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
    plugins: [react(), pageHostFirst()],
    build: {
      outDir: 'out/renderer',
      // electron-vite leaves the renderer unminified; a smaller bundle parses faster on open.
      minify: true,
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'renderer/index.html'),
          'page-host': PAGE_HOST,
        },
        output: {
          codeSplitting: {
            groups: [
              { name: pageHostChunk, priority: 2 },
              { name: startChunk, priority: 1 },
            ],
          },
        },
      },
    },
  },
});
