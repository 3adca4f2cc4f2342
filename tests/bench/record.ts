import { readFile, writeFile } from 'node:fs/promises';
import { cpus, release, totalmem } from 'node:os';

import { type BenchResults, HEADER, resultRows } from './report';

export type Machine = {
  date: string;
  cpu: string;
  cores: number;
  memory: string;
  os: string;
  node: string;
  chromium: string;
};

export function machine(chromium: string): Machine {
  const cores = cpus();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    cpu: cores[0]?.model.trim() ?? 'unknown',
    cores: cores.length,
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os: `Linux ${release()}`,
    node: process.version,
    chromium,
  };
}

/** Only a run of every benchmark is recorded: the Results section describes the whole bench. */
export function resultsMarkdown(results: Required<BenchResults>, host: Machine): string {
  const rows = [HEADER, ...resultRows(results)].map((row) => `| ${row.join(' | ')} |`);
  rows.splice(1, 0, `|${HEADER.map(() => ' --- ').join('|')}|`);
  return [
    `Measured ${host.date} on ${host.cpu}, ${host.cores} cores, ${host.memory} RAM (${host.os});`,
    `Node ${host.node}, Chromium ${host.chromium} (headless, software rendering).`,
    `Seed ${results.seed}, ${results.words.toLocaleString('en')} words, N = ${results.runs}; other processes used ${(results.otherCpu * 100).toFixed(0)} % of the CPU meanwhile.`,
    syncLine(results),
    exportLine(results),
    '',
    ...rows,
  ].join('\n');
}

/** The load run's length, and how busy the machine was during each server's run. */
function syncLine({ sync }: Required<BenchResults>): string {
  const { app, reference } = sync.load;
  return `Server load ${app.seconds} s per server (${app.rooms * app.clientsPerRoom} clients in this process, each server in a child process); other processes used ${app.otherCpuPercent.toFixed(0)} % / ${reference.otherCpuPercent.toFixed(0)} % of the CPU during the two load runs.`;
}

/** How the exports of (g) were made, and how often. */
function exportLine({ exports }: Required<BenchResults>): string {
  const { program, session } = exports.runs;
  return `Exports on A4 with the English labels, in a child process with a Chromium of its own: the whole program ${program}×, one session ${session}× in each format.`;
}

const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

/** Replaces what lies between the results markers; the rest of the document is hand-written. */
export async function recordResults(path: string, markdown: string): Promise<void> {
  const text = await readFile(path, 'utf8').catch(
    () => `# Benchmarks\n\n## Results\n\n${START}\n${END}\n`,
  );
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  const next =
    start === -1 || end < start
      ? `${text.trimEnd()}\n\n## Results\n\n${START}\n${markdown}\n${END}\n`
      : `${text.slice(0, start + START.length)}\n${markdown}\n${text.slice(end)}`;
  await writeFile(path, next);
}
