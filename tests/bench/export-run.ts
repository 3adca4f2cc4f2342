import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';

import type { DocxExportResult, DocxResults } from './docx-export-bench';
import type { ExportRuns } from './export-subject';
import type { PdfExportResult, PdfResults } from './pdf-export-bench';
import { median, ms } from './stats';

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: string };

export type ExportResults = {
  runs: ExportRuns;
  pdf: Outcome<PdfResults>;
  docx: Outcome<DocxResults>;
};

export type ExportRequest = { seed: number; runs: ExportRuns };

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * N exports of one session, and half as many (at least 5) of the whole
 * program, which takes seconds each: the bench stays within minutes.
 */
export function exportRuns(runs: number): ExportRuns {
  return { session: runs, program: Math.max(5, Math.ceil(runs / 2)) };
}

/** (g) The large program and its first session to PDF and .docx, in tests/bench/export-process.ts. */
export async function benchExport(request: ExportRequest): Promise<ExportResults> {
  const { runs } = request;
  console.log(
    `\n[g] Export to PDF and Word (one session ${runs.session}×, the whole program ${runs.program}×, each format)…`,
  );
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--import',
      join(import.meta.dirname, 'vite-raw-imports.ts'),
      join(import.meta.dirname, 'export-process.ts'),
    ],
    {
      env: {
        ...process.env,
        TSX_TSCONFIG_PATH: join(ROOT, 'tsconfig.web.json'),
        COTUTOR_BENCH_EXPORT: JSON.stringify(request),
      },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const results = await new Promise<ExportResults>((resolveResults, reject) => {
    let received: ExportResults | undefined;
    child.on('message', (message) => {
      received = message as ExportResults;
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (received !== undefined) resolveResults(received);
      else reject(new Error(`The export benchmark exited (${code}) without results.`));
    });
  });
  describe(results);
  return results;
}

function describe({ pdf, docx }: ExportResults): void {
  const say = (what: string, text: string): void => console.log(`    ${what}: ${text}`);
  const pdfLine = (result: PdfExportResult): string =>
    `median ${ms(median(result.runs.map((run) => run.totalMs)))}, ${result.pages} pages; ` +
    `plain text printed ${ms(median(result.baselineMs))}, ${result.baselinePages} pages`;
  const docxLine = (result: DocxExportResult): string =>
    `median ${ms(median(result.runsMs))}; zipping its ${result.parts} parts ${ms(median(result.baselineMs))}`;
  if (pdf.ok) {
    say('PDF, one session', pdfLine(pdf.value.session));
    say('PDF, whole program', pdfLine(pdf.value.program));
  } else say('PDF', `failed: ${pdf.error}`);
  if (docx.ok) {
    say('.docx, one session', docxLine(docx.value.session));
    say('.docx, whole program', docxLine(docx.value.program));
  } else say('.docx', `failed: ${docx.error}`);
}
