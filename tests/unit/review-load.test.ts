import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';

import { SoftLock } from '../../renderer/src/features/approval/soft-lock';
import { VersionKeeper } from '../../renderer/src/features/history/version-keeper';
import { deleteSessionKept } from '../../renderer/src/features/planner/deleted-sessions';
import { LOCAL_ORIGIN } from '../../renderer/src/program/origins';
import { ProgramSession } from '../../renderer/src/program/program-session';
import { addVersion, readableVersions } from '../../shared/history/version-list';
import type { VersionService } from '../../shared/host-api/contract';
import { newId } from '../../shared/model/ids';
import { setMetaField } from '../../shared/model/mutations/program';
import { readDays } from '../../shared/model/read';
import { readDeletions } from '../../shared/review/deletions';
import { createThread, readThreads } from '../../shared/review/threads';
import { type MemoryHost, memoryHost, programOf, storedStateOf } from '../support/program-host';

const AUTHOR = { userId: 'user-1', name: 'Aigerim', color: '#1f77b4' };

afterEach(() => vi.restoreAllMocks());

/** A host whose review document arrives only when the test lets it. */
function lateReviewHost(titles: string[]): {
  host: MemoryHost;
  arrive: (review: Y.Doc) => void;
} {
  const host = memoryHost(storedStateOf(programOf(titles)));
  let arrive: (review: Y.Doc) => void = () => undefined;
  const review = new Promise<Uint8Array>((resolve) => {
    arrive = (doc) => resolve(Y.encodeStateAsUpdate(doc));
  });
  host.documents.loadReview = () => review;
  return { host, arrive };
}

/** A review document as stored: one thread on the program. */
function storedReview(): Y.Doc {
  const review = new Y.Doc();
  createThread(
    review,
    { kind: 'program' },
    { author: AUTHOR, text: 'Day 3 is long', mentions: [], at: 1 },
  );
  return review;
}

async function sha256(body: Uint8Array): Promise<string> {
  const hash = new Uint8Array(
    await crypto.subtle.digest('SHA-256', body as Uint8Array<ArrayBuffer>),
  );
  return Array.from(hash, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const versionsHost = (): { versions: VersionService } => ({
  versions: {
    put: async () => undefined,
    get: async () => new Uint8Array(),
    remove: async () => undefined,
  } as unknown as VersionService,
});

describe('the review document, loaded after the plan is shown', () => {
  it('is empty and not loaded when the program opens, then holds what is stored once loaded', async () => {
    const errors = vi.spyOn(console, 'error');
    const { host, arrive } = lateReviewHost(['Planning a CLIL lesson']);
    const session = await ProgramSession.open(host, 'program');
    try {
      // The plan can be shown: the program is there, the comments are not yet.
      expect(readDays(session.doc)[0]?.blocks.map((block) => block.title)).toEqual([
        'Planning a CLIL lesson',
      ]);
      expect(session.isReviewLoaded).toBe(false);
      expect(readThreads(session.review)).toEqual([]);
      const loaded = vi.fn();
      session.onReviewLoaded(loaded);

      // Asked for before it has arrived: applied as soon as it does.
      const load = session.loadReview();
      arrive(storedReview());
      await load;
      expect(session.isReviewLoaded).toBe(true);
      expect(loaded).toHaveBeenCalledTimes(1);
      expect(readThreads(session.review).map((thread) => thread.comments[0]?.text)).toEqual([
        'Day 3 is long',
      ]);
      await session.saver.flush();
      // Applying what is stored writes nothing back.
      expect(host.reviewAppended).toEqual([]);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      await session.close();
    }
  });

  it('is not applied until the window asks for it, even once it has arrived', async () => {
    const { host, arrive } = lateReviewHost(['Micro-teaching']);
    const session = await ProgramSession.open(host, 'program');
    try {
      arrive(storedReview());
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(session.isReviewLoaded).toBe(false);
      await session.loadReview();
      expect(readThreads(session.review)).toHaveLength(1);
    } finally {
      await session.close();
    }
  });

  it('says so when something writes to it before it is loaded', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { host } = lateReviewHost(['Micro-teaching']);
    const session = await ProgramSession.open(host, 'program');
    try {
      session.review.getMap('notes').set('too', 'early');
      expect(errors).toHaveBeenCalledTimes(1);
    } finally {
      await session.close();
    }
  });

  it('records a session deleted before it is loaded into the stored review, keeping what was there', async () => {
    const errors = vi.spyOn(console, 'error');
    const { host, arrive } = lateReviewHost(['Planning a CLIL lesson', 'Micro-teaching']);
    const session = await ProgramSession.open(host, 'program');
    try {
      const blockId = readDays(session.doc)[0]!.blocks[1]!.id;
      deleteSessionKept(session, blockId, AUTHOR, Date.now());
      expect(readDeletions(session.review, Date.now()).sessions).toEqual([]);

      arrive(storedReview());
      await session.loadReview();
      await Promise.resolve();
      expect(
        readDeletions(session.review, Date.now()).sessions.map((entry) => entry.title),
      ).toEqual(['Micro-teaching']);
      expect(readThreads(session.review)).toHaveLength(1);
      await session.saver.flush();
      // Saved as a change of its own, after the load.
      expect(host.reviewAppended.length).toBeGreaterThan(0);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      await session.close();
    }
  });

  it('takes no automatic version from the empty document: it compares with the versions as stored', async () => {
    const { host, arrive } = lateReviewHost(['Planning a CLIL lesson']);
    const session = await ProgramSession.open(host, 'program');
    try {
      const keeper = new VersionKeeper(session, versionsHost(), () => AUTHOR);
      // The state now is the newest version already (kept before the program was closed).
      const digest = await sha256(Y.encodeStateAsUpdate(session.doc));
      const digests = vi.spyOn(crypto.subtle, 'digest');
      const kept = keeper.keep({ kind: 'idle' });
      // The body is hashed, and the keeper would now read the list, before the review has arrived.
      await vi.waitFor(() => expect(digests).toHaveBeenCalled());
      await digests.mock.results[0]?.value;
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(session.isReviewLoaded).toBe(false);
      const review = storedReview();
      const stored = newId();
      addVersion(review, {
        id: stored,
        name: null,
        kind: 'idle',
        author: AUTHOR,
        createdAt: new Date(0).toISOString(),
        size: 1,
        digest,
      });
      arrive(review);
      void session.loadReview();
      expect(await kept).toBeNull();
      expect(readableVersions(session.review).map((row) => row.id)).toEqual([stored]);
    } finally {
      await session.close();
    }
  });
});

describe('the soft lock before the approval is known', () => {
  function lockOn(doc: Y.Doc, approval: () => 'none' | 'some' | 'unknown') {
    const undoManager = new Y.UndoManager(doc.getMap('program'), {
      trackedOrigins: new Set([LOCAL_ORIGIN]),
    });
    return new SoftLock(
      doc,
      (origin) => undoManager.trackedOrigins.has(origin),
      () => undoManager.undo(),
      approval,
    );
  }

  it('asks about an edit made before the review was loaded once it shows an approval', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, storedStateOf(programOf(['Micro-teaching'])));
    let approval: 'none' | 'some' | 'unknown' = 'unknown';
    const lock = lockOn(doc, () => approval);
    setMetaField(doc, 'title', 'CLIL week, Almaty', LOCAL_ORIGIN);
    expect(lock.isAsking).toBe(false);
    approval = 'some';
    lock.approvalKnown();
    expect(lock.isAsking).toBe(true);
  });

  it('asks at once while the approved version is still being compared, and never without an approval', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, storedStateOf(programOf(['Micro-teaching'])));
    let approval: 'none' | 'some' | 'unknown' = 'none';
    const lock = lockOn(doc, () => approval);
    setMetaField(doc, 'title', 'No approval', LOCAL_ORIGIN);
    lock.approvalKnown();
    expect(lock.isAsking).toBe(false);
    approval = 'some';
    setMetaField(doc, 'title', 'Approved, not compared yet', LOCAL_ORIGIN);
    expect(lock.isAsking).toBe(true);
  });
});
