/**
 * Benchmark (g) in a process of its own, started by export-run.ts: under tsx
 * with the renderer's tsconfig (the print view is JSX) and vite-raw-imports.ts
 * (it reads its style sheet with `?raw`). Builds the large program from the seed,
 * times the exports and sends the results to the parent over IPC.
 */
import * as Y from 'yjs';

import { createProgram } from '../../shared/model/create';
import { readProgram } from '../../shared/model/read';
import { englishExportWords } from '../support/print-program';
import { benchDocxExports } from './docx-export-bench';
import type { ExportRequest, ExportResults, Outcome } from './export-run';
import type { ExportSubject } from './export-subject';
import { largeProgram } from './large-program';
import { benchPdfExports } from './pdf-export-bench';

const { seed, runs } = JSON.parse(process.env.COTUTOR_BENCH_EXPORT ?? '{}') as ExportRequest;
const large = largeProgram(seed);
// The export dialog prints the program as read from its document.
const doc = new Y.Doc();
createProgram(doc, large.program);
const subject: ExportSubject = {
  program: readProgram(doc),
  blockId: large.firstSessionBlockId,
  ...englishExportWords(),
};
doc.destroy();

/** A format that fails is reported as such; the other is still measured. */
async function outcome<T>(measure: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await measure() };
  } catch (error) {
    console.error(error);
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

const results: ExportResults = {
  runs,
  pdf: await outcome(() => benchPdfExports(subject, runs)),
  docx: await outcome(() => benchDocxExports(subject, runs)),
};
process.send?.(results);
