import type { Browser } from 'playwright-core';
import * as Y from 'yjs';

import {
  BALANCE_FIELDS,
  readBalanceSource,
} from '../../renderer/src/features/balance/read-balance';
import { balance } from '../../shared/balance/balance';
import { readDismissed } from '../../shared/balance/dismissed';
import { flags } from '../../shared/balance/flags';
import { createProgram } from '../../shared/model/create';
import { setStageField } from '../../shared/model/mutations/stages';
import type { HostProcess } from './host';
import type { LargeProgram } from './large-program';
import type { Row } from './report';
import { median, ms, percentile } from './stats';

/**
 * (k) The Balance view of the large program (60 blocks, 300 stages): opened in
 * the running app from the week, until its coverage grid shows every session;
 * and the update after a stage edit, the work the view does on each change
 * (the program re-read with the fields it needs, figures and flags), in Node.
 */
export type BalanceResult = {
  sessions: number;
  stages: number;
  /** Week → Balance, until the grid has a row per session, ms (wall time in Chromium). */
  render: number[];
  /** A stage's minutes changed, then the balance and flags read again, ms (CPU). */
  update: number[];
};

export async function benchBalance(
  browser: Browser,
  host: HostProcess,
  large: LargeProgram,
  runs: number,
): Promise<BalanceResult> {
  const { program } = large;
  const sessions = balance(program).sessions.length;
  const stages = program.days.flatMap((day) => day.blocks).flatMap((block) => block.stages);
  return {
    sessions,
    stages: stages.length,
    render: await renders(browser, host, program.id, sessions, runs),
    update: updates(large, runs),
  };
}

async function renders(
  browser: Browser,
  host: HostProcess,
  programId: string,
  sessions: number,
  runs: number,
): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Programs' }).waitFor();
    await page.evaluate(`location.hash = '#/program/${programId}'`);
    const week = page.getByRole('heading', { name: 'Day 1', exact: true });
    await week.waitFor();
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
      times.push(await page.evaluate<number>(openBalance(programId, sessions)));
      await page.evaluate(`location.hash = '#/program/${programId}'`);
      await week.waitFor();
    }
    return times;
  } finally {
    await context.close();
  }
}

/** Switches to the Balance view and resolves with the ms until the grid holds every session. */
function openBalance(programId: string, sessions: number): string {
  return `new Promise((resolve) => {
    const start = performance.now();
    const observer = new MutationObserver(() => {
      if (document.querySelectorAll('.balance-grid tbody tr').length >= ${sessions}) {
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - start));
      }
    });
    observer.observe(document, { childList: true, subtree: true });
    location.hash = ${JSON.stringify(`#/program/${programId}/balance`)};
  })`;
}

function updates(large: LargeProgram, runs: number): number[] {
  const doc = new Y.Doc();
  createProgram(doc, large.program);
  const block = large.program.days
    .flatMap((day) => day.blocks)
    .find((candidate) => candidate.stages.length > 0);
  const stage = block?.stages[0];
  if (block === undefined || stage === undefined) throw new Error('No stage to edit.');
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = cpuNow();
    setStageField(doc, block.id, stage.id, 'minutes', stage.minutes + 1 + (run % 5), null);
    const source = readBalanceSource(doc, BALANCE_FIELDS);
    balance(source);
    flags(source, readDismissed(doc));
    times.push(cpuNow() - start);
  }
  return times;
}

/** The main thread's CPU time, ms: the update is synchronous work. */
function cpuNow(): number {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
}

/** The rows of benchmark (k) for the Results table. */
export function balanceRows(result: BalanceResult): Row[] {
  const scale = `${result.sessions} sessions, ${result.stages} stages`;
  const render = median(result.render);
  const update = median(result.update);
  return [
    [
      `Balance view of the large program, from the week (${scale}; median / p95)`,
      `${ms(render)} / ${ms(percentile(result.render, 95))}`,
      '',
      '',
      `< 200 ms: ${render < 200 ? 'met' : 'missed'}`,
    ],
    [
      'Balance after a stage edit: re-read, figures and flags (CPU; median / p95)',
      `${ms(update)} / ${ms(percentile(result.update, 95))}`,
      '',
      '',
      `< 200 ms: ${update < 200 ? 'met' : 'missed'}`,
    ],
  ];
}
