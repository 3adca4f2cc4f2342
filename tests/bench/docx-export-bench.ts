import { unzipSync, zipSync } from 'fflate';

import {
  type ExportRuns,
  type ExportSubject,
  PAPER,
  programOutlineOf,
  sessionOutlineOf,
} from './export-subject';

export type DocxExportResult = {
  /** ms from "export requested" (the outline starts) to the .docx bytes in hand. */
  runsMs: number[];
  /** fflate zipping the same parts, one after each export (ms). */
  baselineMs: number[];
  docxBytes: number;
  /** The parts inside (document.xml, styles, numbering…), unzipped. */
  partBytes: number;
  parts: number;
};

export type DocxResults = { program: DocxExportResult; session: DocxExportResult };

/** The Word exports as the app makes them, in Node as in the renderer: one session, then the whole program. */
export async function benchDocxExports(
  subject: ExportSubject,
  runs: ExportRuns,
): Promise<DocxResults> {
  // Loaded here, not at the top: a writer that fails to load fails these rows only.
  const { programDocx, sessionPlanDocx } = await import('../../renderer/src/features/export/docx');
  const options = { paperSize: PAPER } as const;
  const { labels } = subject;
  const session = await timeDocx(runs.session, () =>
    sessionPlanDocx(sessionOutlineOf(subject), labels, options),
  );
  const program = await timeDocx(runs.program, () =>
    programDocx(programOutlineOf(subject), labels, options),
  );
  return { program, session };
}

async function timeDocx(runs: number, write: () => Promise<Uint8Array>): Promise<DocxExportResult> {
  const runsMs: number[] = [];
  const baselineMs: number[] = [];
  let made: { docx: Uint8Array; parts: Record<string, Uint8Array> } | undefined;
  for (let run = 0; run < runs; run++) {
    const requested = performance.now();
    const docx = await write();
    runsMs.push(performance.now() - requested);

    // The least any writer of this document must do: compress its parts into the package.
    const parts = made?.parts ?? unzipSync(docx);
    const started = performance.now();
    zipSync(parts);
    baselineMs.push(performance.now() - started);
    made = { docx, parts };
  }
  if (made === undefined) throw new Error('No export was timed.');
  const parts = Object.values(made.parts);
  return {
    runsMs,
    baselineMs,
    docxBytes: made.docx.byteLength,
    partBytes: parts.reduce((sum, part) => sum + part.byteLength, 0),
    parts: parts.length,
  };
}
