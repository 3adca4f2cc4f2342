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
import { type HostProcess, onLibraryPage } from './host';
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
  /**
   * In the running app with Balance open: Undo or Redo of a stage's learning
   * type clicked, until the view's DOM has changed and the next frame begins, ms.
   */
  inApp: number[];
  /** The same, until the view's DOM has changed (the work, without the wait for a frame), ms. */
  inAppDom: number[];
  /** The same, until the charts have changed too and the next frame begins, ms. */
  inAppCharts: number[];
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
    ...(await inAppUpdates(browser, host, large, sessions, runs)),
  };
}

/**
 * A change to a stage while Balance is open, as a user makes one there: a stage's
 * learning type changed in its session plan, then on Balance undone and redone
 * in turn with the top bar's buttons.
 */
async function inAppUpdates(
  browser: Browser,
  host: HostProcess,
  large: LargeProgram,
  sessions: number,
  runs: number,
): Promise<{ inApp: number[]; inAppDom: number[]; inAppCharts: number[] }> {
  const programId = large.program.id;
  const block = large.program.days
    .flatMap((day) => day.blocks)
    .find((candidate) => candidate.id === large.firstSessionBlockId);
  const stage = block?.stages[0];
  if (block === undefined || stage === undefined) throw new Error('No stage to edit.');
  return onLibraryPage(browser, host, async (page) => {
    await page.evaluate(`location.hash = '#/program/${programId}/session/${block.id}'`);
    const learningType = page.getByLabel('Stage 1: Learning type', { exact: true });
    await learningType.selectOption(stage.learningType === 'practice' ? 'discussion' : 'practice');
    await page.evaluate(`location.hash = '#/program/${programId}/balance'`);
    await page
      .locator('.balance-grid tbody tr')
      .nth(sessions - 1)
      .waitFor();
    const inApp: number[] = [];
    const inAppDom: number[] = [];
    const inAppCharts: number[] = [];
    for (let run = 0; run < runs; run++) {
      const { dom, first, charts } = await page.evaluate<{
        dom: number;
        first: number;
        charts: number;
      }>(changeOnBalance(run % 2 === 0 ? 'Undo' : 'Redo'));
      inApp.push(first);
      inAppDom.push(dom);
      inAppCharts.push(charts);
    }
    return { inApp, inAppDom, inAppCharts };
  });
}

/**
 * Clicks Undo or Redo and resolves with the ms until Balance has changed and a
 * frame begins, and until its charts have too.
 */
function changeOnBalance(button: 'Undo' | 'Redo'): string {
  return `new Promise((resolve, reject) => {
    const view = document.querySelector('.balance-view');
    const target = [...document.querySelectorAll('button')].find((b) => b.textContent === ${JSON.stringify(button)});
    if (view === null || target === undefined || target.disabled) return reject(new Error('No ${button} on Balance.'));
    let first;
    let dom;
    const frame = () => new Promise((done) => requestAnimationFrame(() => done(performance.now() - start)));
    const timeout = setTimeout(() => reject(new Error('The charts did not change.')), 10000);
    const observer = new MutationObserver((records) => {
      if (first === undefined) {
        dom = performance.now() - start;
        first = frame();
      }
      if (records.some((record) => record.target instanceof Node && record.target.parentElement?.closest('.balance-charts svg'))) {
        observer.disconnect();
        clearTimeout(timeout);
        Promise.all([first, frame()]).then(([changed, charts]) => resolve({ dom, first: changed, charts }));
      }
    });
    observer.observe(view, { childList: true, subtree: true, characterData: true, attributes: true });
    const start = performance.now();
    target.click();
  })`;
}

async function renders(
  browser: Browser,
  host: HostProcess,
  programId: string,
  sessions: number,
  runs: number,
): Promise<number[]> {
  return onLibraryPage(browser, host, async (page) => {
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
  });
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
      'Balance in the app: Undo/Redo of a stage change → view changed in the DOM (median / p95)',
      `${ms(median(result.inAppDom))} / ${ms(percentile(result.inAppDom, 95))}`,
      '',
      '',
      `within a frame (16.7 ms): ${median(result.inAppDom) <= 1000 / 60 ? 'met' : 'missed'}`,
    ],
    [
      '↳ to the start of the frame that shows it (median / p95)',
      `${ms(median(result.inApp))} / ${ms(percentile(result.inApp, 95))}`,
      '',
      '',
      '',
    ],
    [
      '↳ until the charts are drawn again too (median / p95)',
      `${ms(median(result.inAppCharts))} / ${ms(percentile(result.inAppCharts, 95))}`,
      '',
      '',
      '',
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
