/**
 * Vite's `?raw` imports in plain Node: the print view reads its style sheet as
 * text (`import stylesheet from './print.css?raw'`), which only Vite and Vitest
 * understand. Loaded with `--import` before the print view, this resolves such a
 * specifier to the file and loads it as a module whose default export is the
 * file's text, as Vite does. Nothing else is touched.
 */
import { readFileSync } from 'node:fs';
import * as nodeModule from 'node:module';
import { fileURLToPath } from 'node:url';

const RAW = '?raw';

// Synchronous hooks run in this thread, beside tsx's: Node 22.15 or newer.
if (typeof nodeModule.registerHooks !== 'function') {
  throw new Error(
    `Node ${process.version} cannot load the print view outside Vite: use 22.15 or newer.`,
  );
}

nodeModule.registerHooks({
  resolve(specifier, context, nextResolve) {
    if (!specifier.endsWith(RAW)) return nextResolve(specifier, context);
    const file = nextResolve(specifier.slice(0, -RAW.length), context);
    return { ...file, url: `${file.url}${RAW}`, shortCircuit: true };
  },
  load(url, context, nextLoad) {
    if (!url.endsWith(RAW)) return nextLoad(url, context);
    const text = readFileSync(fileURLToPath(url.slice(0, -RAW.length)), 'utf8');
    return {
      format: 'module',
      source: `export default ${JSON.stringify(text)};`,
      shortCircuit: true,
    };
  },
});
