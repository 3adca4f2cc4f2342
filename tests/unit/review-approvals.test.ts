import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import type { VersionEntry } from '../../shared/history/version-list';
import {
  APPROVAL_LIMITS,
  approvalsOfVersion,
  approve,
  approvedBodyOf,
  approvedVersion,
  readApprovals,
  withdraw,
} from '../../shared/review/approvals';
import { reviewRootOf } from '../../shared/review/layout';

const LOCAL = Symbol('local');
const V1 = '00000000-0000-4000-8000-000000000001';
const V2 = '00000000-0000-4000-8000-000000000002';
const marieke = { userId: 'user-marieke', name: 'Marieke', color: '#0f766e' };
const aigerim = { userId: 'user-aigerim', name: 'Aigerim', color: '#a21caf' };

function version(id: string, name: string): VersionEntry {
  return {
    id,
    name,
    kind: 'named',
    author: { name: 'Marieke', color: '#0f766e' },
    createdAt: '2026-12-01T09:00:00.000Z',
    size: 100,
    digest: 'a'.repeat(64),
  };
}

function pair(): [Y.Doc, Y.Doc] {
  return [new Y.Doc(), new Y.Doc()];
}

/** What the sync server does between two co-tutors' review documents. */
function exchange(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('approvals for delivery', () => {
  it('keeps both approvals when two co-tutors approve the same version at once', () => {
    const [a, b] = pair();
    approve(a, { versionId: V1, by: marieke, at: '2026-12-02T10:00:00.000Z' }, null, LOCAL);
    approve(b, { versionId: V1, by: aigerim, at: '2026-12-02T10:00:01.000Z' }, null, LOCAL);
    exchange(a, b);
    for (const doc of [a, b]) {
      const list = readApprovals(doc);
      expect(approvalsOfVersion(list, V1).map((approval) => approval.by.name)).toEqual([
        'Aigerim',
        'Marieke',
      ]);
      expect(list.damaged).toBe(0);
    }
  });

  it('lets a co-tutor withdraw their own approval and leaves the other one', () => {
    const [a, b] = pair();
    approve(a, { versionId: V1, by: marieke, at: '2026-12-02T10:00:00.000Z' }, null, LOCAL);
    approve(b, { versionId: V1, by: aigerim, at: '2026-12-02T10:05:00.000Z' }, null, LOCAL);
    exchange(a, b);
    withdraw(b, V1, aigerim.userId, LOCAL);
    exchange(a, b);
    expect(readApprovals(a).approvals.map((approval) => approval.by.name)).toEqual(['Marieke']);
    // Withdrawing what one never approved changes nothing.
    withdraw(a, V1, 'someone-else', LOCAL);
    expect(readApprovals(a).approvals).toHaveLength(1);
  });

  it("carries the version's body while any approval of it remains", () => {
    const [a, b] = pair();
    const body = new Uint8Array([1, 2, 3]);
    approve(a, { versionId: V1, by: marieke, at: '2026-12-02T10:00:00.000Z' }, body, LOCAL);
    // Aigerim does not hold the body: her approval leaves Marieke's copy in place.
    exchange(a, b);
    approve(b, { versionId: V1, by: aigerim, at: '2026-12-02T10:01:00.000Z' }, null, LOCAL);
    exchange(a, b);
    expect(approvedBodyOf(b, V1)).toEqual(body);
    // The body is not an approval.
    expect(readApprovals(b)).toMatchObject({ damaged: 0, approvals: [{}, {}] });

    withdraw(a, V1, marieke.userId, LOCAL);
    expect(approvedBodyOf(a, V1)).toEqual(body);
    withdraw(a, V1, aigerim.userId, LOCAL);
    withdraw(b, V1, aigerim.userId, LOCAL);
    exchange(a, b);
    expect(approvedBodyOf(a, V1)).toBeNull();

    // Too large a body stays on its computer; the approval counts all the same.
    const large = new Uint8Array(APPROVAL_LIMITS.maxBodyBytes + 1);
    approve(a, { versionId: V2, by: marieke, at: '2026-12-02T11:00:00.000Z' }, large, LOCAL);
    expect(approvedBodyOf(a, V2)).toBeNull();
    expect(readApprovals(a).approvals).toHaveLength(1);
    // Bytes are what a body is; anything else a peer writes there is none.
    reviewRootOf(a, 'approvals').set(V2, 'not a body');
    expect(approvedBodyOf(a, V2)).toBeNull();
  });

  it('counts entries with wrong types as damaged and reads the rest', () => {
    const review = new Y.Doc();
    approve(review, { versionId: V1, by: marieke, at: '2026-12-02T10:00:00.000Z' }, null, LOCAL);
    const part = reviewRootOf(review, 'approvals');
    part.set(`${V2}:x`, 'approved');
    part.set(`${V2}:y`, { versionId: V2, by: { userId: 'y', name: 7, color: '#000000' }, at: 'x' });
    part.set(`${V2}:z`, { versionId: 'not-a-version', by: marieke, at: '2026-12-02' });
    // Under another co-tutor's key: it would let that co-tutor withdraw it.
    part.set(`${V2}:${aigerim.userId}`, { versionId: V2, by: marieke, at: '2026-12-02' });
    part.set(`${V2}:long`, {
      versionId: V2,
      by: { userId: 'long', name: 'n'.repeat(APPROVAL_LIMITS.maxNameLength + 1), color: '#000000' },
      at: '2026-12-02',
    });
    const list = readApprovals(review);
    expect(list.damaged).toBe(5);
    expect(list.approvals).toEqual([
      { versionId: V1, by: marieke, at: '2026-12-02T10:00:00.000Z' },
    ]);
  });

  it('reads at most the bounded number of entries', () => {
    const review = new Y.Doc();
    review.transact(() => {
      for (let n = 0; n < APPROVAL_LIMITS.maxEntries + 50; n += 1) {
        const by = { ...marieke, userId: `user-${n}` };
        reviewRootOf(review, 'approvals').set(`${V1}:${by.userId}`, {
          versionId: V1,
          by,
          at: '2026-12-02T10:00:00.000Z',
        });
      }
    });
    expect(readApprovals(review).approvals).toHaveLength(APPROVAL_LIMITS.maxEntries);
  });

  it('takes the version with the most recent approval as the approved one', () => {
    const review = new Y.Doc();
    const versions = [version(V2, 'Second draft'), version(V1, 'First draft')];
    expect(approvedVersion(readApprovals(review), versions)).toBeNull();

    approve(review, { versionId: V1, by: marieke, at: '2026-12-02T10:00:00.000Z' }, null, LOCAL);
    approve(review, { versionId: V2, by: aigerim, at: '2026-12-02T11:00:00.000Z' }, null, LOCAL);
    expect(approvedVersion(readApprovals(review), versions)?.version.name).toBe('Second draft');

    // Approving the first again makes it the one to deliver.
    approve(review, { versionId: V1, by: aigerim, at: '2026-12-02T12:00:00.000Z' }, null, LOCAL);
    expect(approvedVersion(readApprovals(review), versions)?.version.name).toBe('First draft');

    // Withdrawing that approval brings the previous one back.
    withdraw(review, V1, aigerim.userId, LOCAL);
    const approved = approvedVersion(readApprovals(review), versions);
    expect(approved?.version.name).toBe('Second draft');
    expect(approved?.approval.by.name).toBe('Aigerim');

    // A version no longer listed (thinned, or never synced here) is not the approved one.
    expect(approvedVersion(readApprovals(review), [version(V1, 'First draft')])?.version.id).toBe(
      V1,
    );
  });
});
