import type { DocxExportResult } from './docx-export-bench';
import type { ExportResults } from './export-run';
import type { PdfExportResult, PdfRun } from './pdf-export-bench';
import type { Row } from './report';
import { median, ms, percentile, ratio } from './stats';

const verdict = (ok: boolean): string => (ok ? 'met' : 'missed');
const size = (bytes: number): string =>
  bytes < 2 ** 20 ? `${(bytes / 1024).toFixed(0)} KiB` : `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/** Whole program ≤ 5 s, one session ≤ 1 s, for either format. */
const TARGET_MS = { program: 5000, session: 1000 };
const SUBJECTS = [
  ['program', 'whole program'],
  ['session', 'one session'],
] as const;

/** The rows of benchmark (g) for the Results table. */
export function exportRows({ pdf, docx }: ExportResults): Row[] {
  const failed = (format: string, error: string): Row => [
    `Export to ${format}: not measured`,
    `failed: ${error}`,
    '',
    '',
    '',
  ];
  return [
    ...(pdf.ok
      ? SUBJECTS.flatMap(([key, label]) =>
          pdfRows(`Export to PDF, ${label}`, pdf.value[key], TARGET_MS[key]),
        )
      : [failed('PDF', pdf.error)]),
    ...(docx.ok
      ? SUBJECTS.flatMap(([key, label]) =>
          docxRows(`Export to .docx, ${label}`, docx.value[key], TARGET_MS[key]),
        )
      : [failed('.docx', docx.error)]),
  ];
}

/** Median and p95 of an export against its baseline, each with the target's verdict. */
function timedRows(
  label: string,
  times: number[],
  baseline: number[],
  baselineName: string,
  targetMs: number,
): Row[] {
  const target = (value: number): string => `≤ ${targetMs / 1000} s: ${verdict(value <= targetMs)}`;
  const [p50, p95] = [median(times), percentile(times, 95)];
  const [base50, base95] = [median(baseline), percentile(baseline, 95)];
  return [
    [
      `${label} (median of ${times.length})`,
      ms(p50),
      `${baselineName} ${ms(base50)}`,
      ratio(p50, base50),
      target(p50),
    ],
    [`${label} (p95)`, ms(p95), `p95 ${ms(base95)}`, ratio(p95, base95), target(p95)],
  ];
}

function pdfRows(label: string, result: PdfExportResult, targetMs: number): Row[] {
  const of = (pick: (run: PdfRun) => number): number => median(result.runs.map(pick));
  return [
    ...timedRows(
      label,
      result.runs.map((run) => run.totalMs),
      result.baselineMs,
      'plain text printed',
      targetMs,
    ),
    [
      '↳ outline + print view HTML / Chromium printing / contents page numbers (medians)',
      `${ms(of((run) => run.buildMs))} / ${ms(of((run) => run.printMs))} / ${ms(of((run) => run.numberMs))}`,
      '',
      '',
      '',
    ],
    [
      '↳ pages, PDF size (HTML size)',
      `${result.pages} pages, ${size(result.pdfBytes)} (${size(result.htmlBytes)})`,
      `plain text ${result.baselinePages} pages`,
      '',
      '',
    ],
  ];
}

function docxRows(label: string, result: DocxExportResult, targetMs: number): Row[] {
  return [
    ...timedRows(label, result.runsMs, result.baselineMs, 'zipping its parts', targetMs),
    [
      '↳ .docx size (its parts unzipped)',
      `${size(result.docxBytes)} (${result.parts} parts, ${size(result.partBytes)})`,
      '',
      '',
      '',
    ],
  ];
}
