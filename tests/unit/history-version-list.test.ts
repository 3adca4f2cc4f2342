import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';

import { IdleVersions, QUIET_MS } from '../../renderer/src/features/history/idle-versions';
import type { VersionRequest } from '../../renderer/src/features/history/version-keeper';
import { EDIT_PAUSE_MS, isRedundant } from '../../shared/history/automatic-versions';
import { versionsToThin } from '../../shared/history/retention';
import {
  addVersion,
  readVersions,
  removeVersions,
  type VersionEntry,
} from '../../shared/history/version-list';
import { setMetaField } from '../../shared/model/mutations/program';
import { readMeta } from '../../shared/model/read';
import { reviewRootOf } from '../../shared/review/layout';
import { newProgramDocument } from '../integration/fixtures/storage-fixtures';

// Every encoding of a whole state counted, each still done by Yjs.
vi.mock('yjs', async (importOriginal) => {
  const yjs = await importOriginal<typeof Y>();
  return { ...yjs, encodeStateAsUpdate: vi.fn(yjs.encodeStateAsUpdate) };
});

const LOCAL = Symbol('local edit');
const DIGEST_A = 'a'.repeat(64);
const DIGEST_B = 'b'.repeat(64);

let counter = 0;
function entry(overrides: Partial<VersionEntry> = {}): VersionEntry {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
    name: null,
    kind: 'idle',
    author: { name: 'Aigerim', color: '#1f6feb' },
    createdAt: '2026-03-12T10:00:00.000Z',
    size: 1200,
    digest: DIGEST_A,
    ...overrides,
  };
}

describe('the list of versions', () => {
  it('says who kept a version by their stable id, and still reads entries written before it', () => {
    const review = new Y.Doc();
    const withId = entry({ author: { name: 'Aigerim', color: '#1f6feb', userId: 'install-1' } });
    const before = entry({ createdAt: '2026-03-11T10:00:00.000Z' });
    const odd = entry({ createdAt: '2026-03-10T10:00:00.000Z' });
    addVersion(review, withId);
    addVersion(review, before);
    reviewRootOf(review, 'versions').set(odd.id, {
      ...odd,
      author: { ...odd.author, userId: 'x'.repeat(101) },
    });

    const rows = readVersions(review);
    expect(rows).toEqual([
      { damaged: false, ...withId },
      { damaged: false, ...before },
      // A user id that is not a short string is left out; the entry still reads.
      { damaged: false, ...odd },
    ]);
    expect(rows[1]).not.toHaveProperty('author.userId');
  });

  it('lists versions newest first, as added by any co-tutor', () => {
    const review = new Y.Doc();
    const sent = entry({ name: 'Sent to partners, 12 March', kind: 'named' });
    const later = entry({ createdAt: '2026-03-13T08:30:00.000Z', kind: 'export' });
    addVersion(review, sent);
    // A co-tutor's version arrives through sync.
    const peer = new Y.Doc();
    addVersion(peer, later);
    Y.applyUpdate(review, Y.encodeStateAsUpdate(peer));

    expect(readVersions(review)).toEqual([
      { damaged: false, ...later },
      { damaged: false, ...sent },
    ]);
  });

  it('shows an entry with wrong types as damaged and still reads every other', () => {
    const review = new Y.Doc();
    const good = entry({ name: 'Before the pilot', kind: 'named' });
    addVersion(review, good);
    const versions = reviewRootOf(review, 'versions');
    const bad = [
      ['00000000-0000-4000-8000-0000000000a1', 'not an object'],
      ['00000000-0000-4000-8000-0000000000a2', { ...entry(), kind: 'sneaky' }],
      ['00000000-0000-4000-8000-0000000000a3', { ...entry(), size: -4 }],
      ['00000000-0000-4000-8000-0000000000a4', { ...entry(), author: { name: 7 } }],
      ['00000000-0000-4000-8000-0000000000a5', { ...entry(), createdAt: 'yesterday' }],
      [
        '00000000-0000-4000-8000-0000000000a6',
        { ...entry(), name: 'x'.repeat(201), kind: 'named' },
      ],
      ['00000000-0000-4000-8000-0000000000a7', { ...entry(), kind: 'named' }],
      ['00000000-0000-4000-8000-0000000000a8', { ...entry(), size: 64 * 1024 * 1024 }],
    ] as const;
    for (const [id, value] of bad) versions.set(id, value);
    // Not a version id at all: not listed.
    versions.set('../../etc/passwd', { ...entry() });

    const rows = readVersions(review);
    expect(rows[0]).toEqual({ damaged: false, ...good });
    expect(rows.slice(1)).toEqual(bad.map(([id]) => ({ damaged: true, id })));
  });

  it('removes entries together', () => {
    const review = new Y.Doc();
    const [a, b, c] = [entry(), entry(), entry()];
    for (const version of [a, b, c]) addVersion(review, version);
    removeVersions(review, [a.id, c.id]);
    expect(readVersions(review).map((row) => row.id)).toEqual([b.id]);
  });
});

describe('retention', () => {
  const now = new Date('2026-03-30T12:00:00.000Z');

  it('keeps named versions forever and every automatic one for seven days', () => {
    const named = entry({ kind: 'named', name: 'Sent', createdAt: '2025-01-01T09:00:00.000Z' });
    const recent = [
      entry({ createdAt: '2026-03-24T09:00:00.000Z' }),
      entry({ createdAt: '2026-03-24T10:00:00.000Z' }),
      entry({ createdAt: '2026-03-30T11:00:00.000Z', kind: 'export' }),
    ];
    expect(versionsToThin([named, ...recent], now)).toEqual([]);
  });

  it('thins automatic versions older than a week to the last of each day', () => {
    const morning = entry({ createdAt: '2026-03-20T08:00:00.000Z' });
    const noon = entry({ createdAt: '2026-03-20T12:00:00.000Z', kind: 'before-merge' });
    const evening = entry({ createdAt: '2026-03-20T18:00:00.000Z', kind: 'export' });
    const onlyOne = entry({ createdAt: '2026-03-21T09:00:00.000Z' });
    const named = entry({ kind: 'named', name: 'Draft', createdAt: '2026-03-20T07:00:00.000Z' });
    const thinned = versionsToThin([noon, named, evening, onlyOne, morning], now);
    expect(thinned.sort()).toEqual([morning.id, noon.id].sort());
  });

  it('only removes more as time passes, so windows thinning at other moments agree', () => {
    const entries = Array.from({ length: 60 }, (_, index) =>
      entry({ createdAt: new Date(Date.UTC(2026, 2, 1, index * 7)).toISOString() }),
    );
    let before = new Set<string>();
    for (let day = 8; day <= 40; day += 1) {
      const thinned = new Set(versionsToThin(entries, new Date(Date.UTC(2026, 2, day))));
      for (const id of before) expect(thinned.has(id)).toBe(true);
      before = thinned;
    }
  });
});

describe('automatic versions', () => {
  it('skips an automatic version when nothing changed since the newest, never a named one', () => {
    const newest = entry({ digest: DIGEST_A });
    expect(isRedundant('idle', DIGEST_A, newest)).toBe(true);
    expect(isRedundant('export', DIGEST_B, newest)).toBe(false);
    expect(isRedundant('named', DIGEST_A, newest)).toBe(false);
    expect(isRedundant('idle', DIGEST_A, undefined)).toBe(false);
  });

  describe('after a pause in editing', () => {
    let doc: Y.Doc;
    let kept: VersionRequest[];
    let idle: IdleVersions;

    beforeEach(() => {
      vi.useFakeTimers({ now: new Date('2026-03-12T09:00:00.000Z') });
      doc = newProgramDocument('Week of CLIL');
      kept = [];
      idle = new IdleVersions(
        doc,
        (origin) => origin === LOCAL,
        (request) => kept.push(request),
        () => Date.now(),
      );
    });

    afterEach(() => {
      idle.dispose();
      vi.useRealTimers();
    });

    const titleIn = (state: Uint8Array | undefined) => {
      const copy = new Y.Doc();
      Y.applyUpdate(copy, state ?? new Uint8Array());
      return readMeta(copy).title;
    };
    const retitle = (title: string, origin: unknown = LOCAL) =>
      setMetaField(doc, 'title', title, origin);

    it('keeps the state before the first edit, then none while the user keeps working', () => {
      retitle('Week of CLIL, draft 2');
      expect(kept).toHaveLength(1);
      expect(kept[0]?.kind).toBe('idle');
      expect(titleIn(kept[0]?.state)).toBe('Week of CLIL');

      vi.advanceTimersByTime(EDIT_PAUSE_MS - 1000);
      retitle('Week of CLIL, draft 3');
      vi.advanceTimersByTime(EDIT_PAUSE_MS - 1000);
      retitle('Week of CLIL, draft 4');
      expect(kept).toHaveLength(1);
    });

    it('keeps another after a pause of 30 minutes or more', () => {
      retitle('Draft 2');
      vi.advanceTimersByTime(EDIT_PAUSE_MS);
      retitle('Draft 3');
      expect(kept).toHaveLength(2);
      expect(titleIn(kept[1]?.state)).toBe('Draft 2');
    });

    it('does not count a co-tutor’s edits or transactions that change nothing as editing', () => {
      retitle('Draft 2');
      vi.advanceTimersByTime(EDIT_PAUSE_MS);
      retitle('From a co-tutor', 'provider');
      doc.transact(() => undefined, LOCAL);
      expect(kept).toHaveLength(1);
      retitle('Draft 3');
      expect(kept).toHaveLength(2);
      // The co-tutor's edit is in what was kept: it is the state the pause left.
      expect(titleIn(kept[1]?.state)).toBe('From a co-tutor');
    });

    it('encodes the state ahead in a still moment: the first edit after a pause encodes nothing', () => {
      const encoded = vi.mocked(Y.encodeStateAsUpdate);
      vi.advanceTimersByTime(QUIET_MS);
      // A co-tutor's change is encoded again once the document has been still.
      retitle('From a co-tutor', 'provider');
      vi.advanceTimersByTime(QUIET_MS);
      encoded.mockClear();
      retitle('Draft 2');
      expect(encoded).not.toHaveBeenCalled();
      expect(titleIn(kept[0]?.state)).toBe('From a co-tutor');

      // While the user works nothing is encoded ahead; once the pause begins, it is.
      vi.advanceTimersByTime(EDIT_PAUSE_MS - 1000);
      retitle('Draft 3');
      retitle('From a co-tutor again', 'provider');
      vi.advanceTimersByTime(QUIET_MS);
      expect(encoded).not.toHaveBeenCalled();
      vi.advanceTimersByTime(EDIT_PAUSE_MS);
      encoded.mockClear();
      retitle('Draft 4');
      expect(encoded).not.toHaveBeenCalled();
      expect(kept).toHaveLength(2);
      expect(titleIn(kept[1]?.state)).toBe('From a co-tutor again');
    });
  });
});
