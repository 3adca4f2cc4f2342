import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

// Exactly one copy of yjs in every test: two copies break `instanceof` checks and
// make Yjs warn that it was imported twice.
const yjs = fileURLToPath(new URL('./node_modules/yjs/dist/yjs.mjs', import.meta.url));

export default defineConfig({
  resolve: { alias: { yjs } },
  test: {
    // Vitest empties every CSS import by default; the print view's style sheet is
    // read as text (print.css?raw) into the HTML a PDF is made from, so it must be real.
    css: { include: [/features\/export\/print-view\/print\.css/] },
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
