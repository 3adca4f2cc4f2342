import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';

import {
  ChangeCounter,
  RECOUNT_QUIET_MS,
} from '../../renderer/src/features/approval/change-counter';
import { SoftLock } from '../../renderer/src/features/approval/soft-lock';
import * as compare from '../../shared/history/compare';
import { rootOf } from '../../shared/model/layout';
import { setMetaField } from '../../shared/model/mutations/program';
import { readMeta } from '../../shared/model/read';
import { newProgramDocument } from '../integration/fixtures/storage-fixtures';

const LOCAL = Symbol('local edit');
const REMOTE = Symbol('from the server');

/** The program as approved, and the live program that starts from it. */
function approvedAndLive(): { approved: Y.Doc; live: Y.Doc } {
  const approved = newProgramDocument('CLIL week, Pavlodar');
  const live = new Y.Doc();
  Y.applyUpdate(live, Y.encodeStateAsUpdate(approved));
  return { approved, live };
}

describe('the count of changes since the approved version', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
  });

  it('counts the edit once the program has been quiet for a second, not per keystroke', () => {
    const { approved, live } = approvedAndLive();
    const compares = vi.spyOn(compare, 'compareProgramStates');
    const counts: number[] = [];
    const counter = new ChangeCounter(approved, live, (count) => counts.push(count));
    vi.advanceTimersByTime(0);
    expect(counts).toEqual([0]);

    // Typing a title, one letter at a time, a tenth of a second apart.
    for (const title of ['C', 'CL', 'CLI', 'CLIL week, Almaty']) {
      setMetaField(live, 'title', title, LOCAL);
      vi.advanceTimersByTime(100);
    }
    expect(compares).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(RECOUNT_QUIET_MS);
    expect(compares).toHaveBeenCalledTimes(2);
    expect(counts).toEqual([0, 1]);
    expect(counter.changes).toBe(1);

    counter.dispose();
    setMetaField(live, 'title', 'Another', LOCAL);
    vi.advanceTimersByTime(RECOUNT_QUIET_MS);
    expect(counts).toEqual([0, 1]);
  });
});

describe('the soft lock on the approved state', () => {
  function setUp() {
    const { live } = approvedAndLive();
    const undoManager = new Y.UndoManager(rootOf(live), {
      trackedOrigins: new Set([LOCAL]),
    });
    const lock = new SoftLock(
      live,
      (origin) => undoManager.trackedOrigins.has(origin),
      () => undoManager.undo(),
    );
    let asked = 0;
    lock.subscribe(() => {
      if (lock.isAsking) asked += 1;
    });
    lock.setApprovedNow(true);
    return { live, undoManager, lock, asked: () => asked };
  }

  it("asks at this user's first edit, and after Continue never again", () => {
    const { live, lock, asked } = setUp();
    setMetaField(live, 'title', 'CLIL week, Almaty', LOCAL);
    expect(lock.isAsking).toBe(true);
    setMetaField(live, 'title', 'CLIL week, Almaty 2', LOCAL);
    expect(asked()).toBe(1);
    lock.continueEditing();
    expect(lock.isAsking).toBe(false);
    expect(readMeta(live).title).toBe('CLIL week, Almaty 2');

    // Undone back to the approved state, then edited again: not asked a second time.
    setMetaField(live, 'title', 'CLIL week, Pavlodar', LOCAL);
    setMetaField(live, 'title', 'Once more', LOCAL);
    expect(asked()).toBe(1);
  });

  it('takes the edit back on Cancel, and asks again at the next edit', () => {
    const { live, lock, asked } = setUp();
    setMetaField(live, 'title', 'CLIL week, Almaty', LOCAL);
    lock.cancelEdit();
    expect(readMeta(live).title).toBe('CLIL week, Pavlodar');
    expect(lock.isAsking).toBe(false);
    setMetaField(live, 'title', 'CLIL week, Almaty', LOCAL);
    expect(asked()).toBe(2);
  });

  it("never asks for a co-tutor's edit, for undo, or when the program differs from the approved version", () => {
    const { live, lock, undoManager, asked } = setUp();
    setMetaField(live, 'title', 'From a co-tutor', REMOTE);
    expect(asked()).toBe(0);

    lock.setApprovedNow(false);
    setMetaField(live, 'title', 'Mine', LOCAL);
    expect(asked()).toBe(0);
    lock.setApprovedNow(true);
    undoManager.undo();
    expect(readMeta(live).title).toBe('From a co-tutor');
    expect(asked()).toBe(0);
  });
});
