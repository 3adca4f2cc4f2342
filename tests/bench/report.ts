import { DEFAULT_COMPACTION } from '../../electron/services/storage/compaction';
import type { AttackResult } from './attack-bench';
import { attackRows } from './attack-report';
import { type BalanceResult, balanceRows } from './balance-bench';
import type { BytesResult } from './bytes-bench';
import { exportRows } from './export-report';
import type { ExportResults } from './export-run';
import type { KeyResult } from './key-bench';
import { type LanguageResult, languageRows } from './language-bench';
import type { OpenResult } from './open-bench';
import type { OpenTimings } from './probes';
import type { ReviewResult } from './review-bench';
import { reviewRows } from './review-report';
import { median, ms, percentile, ratio } from './stats';
import type { StoresResult } from './stores-bench';
import { storesRows } from './stores-report';
import { syncRows } from './sync-report';
import type { SyncResults } from './sync-run';
import { type TodayResult, todayRows } from './today-bench';

/** What each benchmark measured; absent where COTUTOR_BENCH_ONLY left it out. */
export type BenchResults = {
  seed: number;
  words: number;
  runs: number;
  open?: OpenResult;
  keys?: KeyResult;
  bytes?: BytesResult;
  /** (d) keystroke in A to text in B, (e) server load, (f) reconnect. */
  sync?: SyncResults;
  /** (g) the large program and one session to PDF and .docx. */
  exports?: ExportResults;
  /** (h) the drafting cycle: comments, the history list, versions, compare, restore. */
  review?: ReviewResult;
  /** (i) a client that asks for a large room and never reads, beside the usual load. */
  attack?: AttackResult;
  /** (j) the interface's language switched with the large session plan open. */
  language?: LanguageResult;
  /** (k) the Balance view of the large program, and its update after a stage edit. */
  balance?: BalanceResult;
  /** (l) the load of (e) on PostgreSQL and on three processes behind nginx. */
  stores?: StoresResult;
  /** (m) what Today's clock and countdowns cost the main thread while they tick. */
  today?: TodayResult;
  /** Share of the machine's CPU time used by other processes during the run. */
  otherCpu: number;
};

export type Row = [
  benchmark: string,
  figure: string,
  baseline: string,
  ratio: string,
  target: string,
];

const verdict = (ok: boolean): string => (ok ? 'met' : 'missed');

export function resultRows(results: BenchResults): Row[] {
  const { open, keys, bytes, sync, exports, review, attack, language, balance, stores, today } =
    results;
  return [
    ...(open === undefined ? [] : openRows(open)),
    ...(keys === undefined ? [] : keyRows(keys)),
    ...(bytes === undefined ? [] : bytesRows(bytes)),
    ...(sync === undefined ? [] : syncRows(sync)),
    ...(exports === undefined ? [] : exportRows(exports)),
    ...(review === undefined ? [] : reviewRows(review)),
    ...(attack === undefined ? [] : attackRows(attack)),
    ...(language === undefined ? [] : languageRows(language)),
    ...(balance === undefined ? [] : balanceRows(balance)),
    ...(stores === undefined ? [] : storesRows(stores)),
    ...(today === undefined ? [] : todayRows(today)),
  ];
}

function openRows(open: OpenResult): Row[] {
  const at = (timings: OpenTimings[], pick: (t: OpenTimings) => number | null): number =>
    median(timings.map((t) => pick(t) ?? NaN));
  const warm = open.warm.map((t) => t.firstEditable ?? NaN);
  const cold = open.cold.map((t) => t.firstEditable ?? NaN);
  const applyMedian = median(open.baseline);
  const openMedian = median(warm);
  const kb = (value: number): string => `${(value / 1024).toFixed(1)} KiB`;
  const inApp = open.inApp;
  return [
    [
      'Open → first editable field, from the library (median)',
      ms(median(inApp)),
      `Y.applyUpdate ${ms(applyMedian)}`,
      ratio(median(inApp), applyMedian),
      `≤ 300 ms: ${verdict(median(inApp) <= 300)}`,
    ],
    [
      'Open → first editable field, from the library (p95)',
      ms(percentile(inApp, 95)),
      `p95 ${ms(percentile(open.baseline, 95))}`,
      ratio(percentile(inApp, 95), percentile(open.baseline, 95)),
      `≤ 300 ms: ${verdict(percentile(inApp, 95) <= 300)}`,
    ],
    [
      'Open → first editable field, reload (median)',
      ms(openMedian),
      `Y.applyUpdate ${ms(applyMedian)}`,
      ratio(openMedian, applyMedian),
      `≤ 300 ms: ${verdict(openMedian <= 300)}`,
    ],
    [
      'Open → first editable field, reload (p95)',
      ms(percentile(warm, 95)),
      `p95 ${ms(percentile(open.baseline, 95))}`,
      ratio(percentile(warm, 95), percentile(open.baseline, 95)),
      `≤ 300 ms: ${verdict(percentile(warm, 95) <= 300)}`,
    ],
    [
      `Open, fresh context (median of ${cold.length})`,
      ms(median(cold)),
      `Y.applyUpdate ${ms(applyMedian)}`,
      ratio(median(cold), applyMedian),
      `≤ 300 ms: ${verdict(median(cold) <= 300)}`,
    ],
    ['↳ reload: main script received', ms(at(open.warm, (t) => t.scriptEnd)), '', '', ''],
    [
      '↳ reload: DOMContentLoaded (script run)',
      ms(at(open.warm, (t) => t.domContentLoaded)),
      '',
      '',
      '',
    ],
    ['↳ reload: documents.load sent', ms(at(open.warm, (t) => t.loadStart)), '', '', ''],
    [
      `↳ reload: documents.load answered (${kb(open.warm[0]?.loadBytes ?? NaN)})`,
      ms(at(open.warm, (t) => t.loadEnd)),
      '',
      '',
      '',
    ],
    ['↳ reload: first field in the DOM', ms(at(open.warm, (t) => t.firstField)), '', '', ''],
  ];
}

function keyRows(keys: KeyResult): Row[] {
  const appP50 = median(keys.app);
  const appP95 = percentile(keys.app, 95);
  const bareP50 = median(keys.bare);
  const bareP95 = percentile(keys.bare, 95);
  return [
    [
      `Keystroke → next paint, p50 (${keys.rounds} × ${keys.characters} keys)`,
      ms(appP50),
      `bare Lexical ${ms(bareP50)}`,
      ratio(appP50, bareP50),
      '',
    ],
    [
      `Keystroke → next paint, p95 (${keys.rounds} × ${keys.characters} keys)`,
      ms(appP95),
      `bare Lexical ${ms(bareP95)}`,
      ratio(appP95, bareP95),
      `≤ 16 ms: ${verdict(appP95 <= 16)}`,
    ],
    [
      `Keystroke → next paint, max`,
      ms(Math.max(...keys.app)),
      `bare Lexical ${ms(Math.max(...keys.bare))}`,
      '',
      '',
    ],
  ];
}

function bytesRows(bytes: BytesResult): Row[] {
  const perKey = bytes.fileGrowth / bytes.characters;
  // The default policy rewrites the whole document every maxFrames appends.
  const amortised = bytes.wholeDocumentBytes / DEFAULT_COMPACTION.maxFrames + perKey;
  const kb = (value: number): string => `${(value / 1024).toFixed(1)} KiB`;
  return [
    [
      `Bytes on disk per keystroke (${bytes.characters} keys)`,
      `${perKey.toFixed(1)} B`,
      `whole document ${kb(bytes.wholeDocumentBytes)}`,
      `${Math.round(bytes.wholeDocumentBytes / perKey).toLocaleString('en')}× less`,
      `≤ 1 KiB: ${verdict(perKey <= 1024)}`,
    ],
    [
      '↳ of which Yjs update / frame header',
      `${(bytes.payloadBytes / bytes.characters).toFixed(1)} B / ${((bytes.fileGrowth - bytes.payloadBytes) / bytes.characters).toFixed(1)} B`,
      `${bytes.framesAdded} frames`,
      '',
      '',
    ],
    [
      '↳ host process wchar per keystroke',
      `${(bytes.io.wchar / bytes.characters).toFixed(1)} B`,
      `${bytes.io.syscw} write calls`,
      '',
      '',
    ],
    [
      '↳ host process write_bytes per keystroke',
      `${(bytes.io.writeBytes / bytes.characters).toFixed(1)} B`,
      '',
      '',
      '',
    ],
    [
      '↳ with the default compaction, amortised (computed)',
      `${amortised.toFixed(0)} B`,
      `1 rewrite / ${DEFAULT_COMPACTION.maxFrames.toLocaleString('en')} keys`,
      '',
      `≤ 1 KiB: ${verdict(amortised <= 1024)}`,
    ],
  ];
}

export const HEADER: Row = ['Benchmark', 'Result', 'Baseline (same run)', 'Ratio', 'Target'];

export function textTable(rows: Row[]): string {
  const all = [HEADER, ...rows];
  const widths = HEADER.map((_, column) =>
    Math.max(...all.map((row) => (row[column] ?? '').length)),
  );
  return all
    .map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '))
    .join('\n');
}
