import * as Y from 'yjs';

import { encodeLog } from '../../electron/services/storage/frame-log';
import { decodeVersionBody, encodeVersionBody } from '../../electron/services/storage/version-body';
import { compareProgramStates, countChanges } from '../../shared/history/compare';
import { restoreProgram } from '../../shared/history/restore';
import { versionsToThin } from '../../shared/history/retention';
import { readableVersions, readVersions } from '../../shared/history/version-list';
import { blockOf, richFieldOf } from '../../shared/model/layout';
import { checkDocument } from '../../shared/model/migrate';
import { readBlock, readDays, readProgram } from '../../shared/model/read';
import { SESSION_RICH_FIELDS } from '../../shared/model/schema';
import { anchoredText } from '../../shared/review/anchor';
import { readThreads } from '../../shared/review/threads';
import type { LargeProgram } from './large-program';
import { reviewScenario } from './review-scenario';

/**
 * (h) The drafting cycle on the large program with 500 threads (2,000
 * comments) and 200 versions, in Node: the work each history and comment screen
 * does on the renderer's side, each against a baseline of the same run, in
 * CPU time of the main thread (cpuNow).
 */
export type ReviewResult = {
  threads: number;
  comments: number;
  versions: number;
  /** Threads on the session opened. */
  sessionThreads: number;
  /** Decoding the program and reading the session, ms. */
  openPlain: number[];
  /**
   * The same with the review document on hand, up to the first field: the
   * window applies the review only after that (ProgramSession.loadReview), ms.
   */
  openWithComments: number[];
  /** After the first paint: decoding the review document, ms. */
  reviewApply: number[];
  /** …then reading every thread (for the counts and marks), ms. */
  reviewThreads: number[];
  /** …then resolving the anchors of the session's threads (its highlights), ms. */
  reviewAnchors: number[];
  /** readVersions + readableVersions + retention over the list, ms. */
  historyList: number[];
  /** A version file to a Y.Doc and the program read from it, ms: the oldest version, and the current state. */
  openOld: number[];
  openCurrent: number[];
  /** compareProgramStates (and countChanges) of the oldest version and now, ms. */
  compare: number[];
  /** Changes the comparison found. */
  changes: number;
  /** restoreProgram of the oldest version onto the current program, ms. */
  restore: number[];
  /** A version file (header included), mean over the versions, and the compacted program file, bytes. */
  versionFileBytes: number;
  programFileBytes: number;
  reviewBytes: number;
};

export function benchReview(large: LargeProgram, runs: number): ReviewResult {
  const now = new Date();
  const scenario = reviewScenario(large, now);
  const programState = Y.encodeStateAsUpdate(scenario.doc);
  const reviewState = Y.encodeStateAsUpdate(scenario.review);
  const threads = readThreads(scenario.review);
  const perSession = new Map<string, number>();
  for (const thread of threads)
    if (thread.blockId !== null)
      perSession.set(thread.blockId, (perSession.get(thread.blockId) ?? 0) + 1);
  // The session with the most threads: the heaviest plan to open.
  const [sessionId, sessionThreads] = [...perSession].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];

  const openSession = (): Y.Doc => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, programState);
    readDays(doc);
    const block = blockOf(doc, sessionId);
    if (block === null) throw new Error('The session is missing.');
    readBlock(sessionId, block);
    return doc;
  };
  const openPlain: number[] = [];
  const openWithComments: number[] = [];
  const reviewApply: number[] = [];
  const reviewThreads: number[] = [];
  const reviewAnchors: number[] = [];
  for (let run = 0; run < runs; run++) {
    let start = cpuNow();
    openSession().destroy();
    openPlain.push(cpuNow() - start);
    // As ProgramSession opens: the review's state is held, an empty document stands for it.
    start = cpuNow();
    const held = reviewState;
    const review = new Y.Doc();
    const doc = openSession();
    openWithComments.push(cpuNow() - start);

    // What the window does after the first paint.
    start = cpuNow();
    Y.applyUpdate(review, held);
    reviewApply.push(cpuNow() - start);
    start = cpuNow();
    const all = readThreads(review);
    reviewThreads.push(cpuNow() - start);
    start = cpuNow();
    const block = blockOf(doc, sessionId);
    for (const thread of all) {
      const field = SESSION_RICH_FIELDS.find((known) => known === thread.field);
      if (thread.blockId !== sessionId || block === null || field === undefined) continue;
      const xml = richFieldOf(block, field);
      if (xml !== null && thread.anchor !== null) anchoredText(doc, xml, thread.anchor);
    }
    reviewAnchors.push(cpuNow() - start);
    doc.destroy();
    review.destroy();
  }

  const historyList = timed(runs, () => {
    readVersions(scenario.review);
    versionsToThin(readableVersions(scenario.review), now);
  });

  const oldFile = encodeVersionBody(scenario.oldest);
  const currentFile = encodeVersionBody(scenario.newest);
  const openVersion = (file: Buffer) => {
    const body = decodeVersionBody(file);
    if (body === null) throw new Error('A version file does not decode.');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, body);
    if (!checkDocument(doc).ok) throw new Error('A version holds no program.');
    readProgram(doc);
    return doc;
  };
  const openOld: number[] = [];
  const openCurrent: number[] = [];
  for (let run = 0; run < runs; run++) {
    openOld.push(timed(1, () => openVersion(oldFile).destroy())[0] ?? NaN);
    openCurrent.push(timed(1, () => openVersion(currentFile).destroy())[0] ?? NaN);
  }

  const old = openVersion(oldFile);
  const current = openVersion(currentFile);
  let changes = 0;
  const compare = timed(runs, () => {
    changes = countChanges(compareProgramStates(old, current));
  });
  const restore: number[] = [];
  for (let run = 0; run < runs; run++) {
    const live = new Y.Doc();
    Y.applyUpdate(live, programState);
    restore.push(timed(1, () => restoreProgram(live, old, 'restore'))[0] ?? NaN);
    live.destroy();
  }
  old.destroy();
  current.destroy();

  return {
    threads: threads.length,
    comments: threads.reduce((sum, thread) => sum + thread.comments.length, 0),
    versions: readableVersions(scenario.review).length,
    sessionThreads,
    openPlain,
    openWithComments,
    reviewApply,
    reviewThreads,
    reviewAnchors,
    historyList,
    openOld,
    openCurrent,
    compare,
    changes,
    restore,
    versionFileBytes:
      scenario.meanBodyBytes + (currentFile.byteLength - scenario.newest.byteLength),
    programFileBytes: encodeLog([programState]).byteLength,
    reviewBytes: reviewState.byteLength,
  };
}

/**
 * The main thread's CPU time, ms (process.threadCpuUsage): the work measured is
 * synchronous, so on an idle machine it is the wall time, and on a shared one it
 * does not count the time other processes held the core.
 */
function cpuNow(): number {
  const { user, system } = process.threadCpuUsage();
  return (user + system) / 1000;
}

function timed(runs: number, work: () => void): number[] {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = cpuNow();
    work();
    times.push(cpuNow() - start);
  }
  return times;
}
