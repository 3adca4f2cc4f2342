import type * as Y from 'yjs';
import { z } from 'zod';

import { VERSION_ID, type VersionEntry } from '../history/version-list';
import { reviewRootOf } from './layout';

/**
 * Approvals for delivery (docs/history.md, "Approval for delivery"), in the
 * review document's 'approvals' part: one plain value per co-tutor and version,
 * keyed `<version id>:<user id>`, so two co-tutors approving at once write two
 * keys and both approvals are kept. Each co-tutor withdraws only their own key.
 *
 * A version's body is a file on the computer that kept it; co-tutors see only
 * its entry. So that every co-tutor can count the changes since the approved
 * version and export it, the body of an approved version travels with its
 * approvals, under the version's id alone, while any approval of it remains.
 *
 * Everything here comes from peers: read through a schema, bounded, a wrong
 * entry counted as damaged and never shown as an approval.
 */

export type Approver = { userId: string; name: string; color: string };

export type Approval = {
  versionId: string;
  by: Approver;
  /** ISO timestamp, on the approving computer's clock. */
  at: string;
};

export type ApprovalList = {
  /** Newest first. */
  approvals: Approval[];
  /** Entries that could not be read (from a damaged or foreign peer). */
  damaged: number;
};

export const APPROVAL_LIMITS = {
  maxUserIdLength: 100,
  maxNameLength: 100,
  /** Entries read at most: a program is approved a handful of times. */
  maxEntries: 500,
  /** A larger body stays on its computer; co-tutors then see the approval without a count. */
  maxBodyBytes: 4 * 1024 * 1024,
} as const;

const approvalSchema = z.object({
  versionId: z.string().regex(VERSION_ID),
  by: z.object({
    userId: z.string().min(1).max(APPROVAL_LIMITS.maxUserIdLength),
    name: z.string().max(APPROVAL_LIMITS.maxNameLength),
    color: z.string().regex(/^#[0-9a-f]{6}$/i),
  }),
  at: z.string().refine((at) => !Number.isNaN(Date.parse(at))),
});

function approvalsOf(review: Y.Doc): Y.Map<unknown> {
  return reviewRootOf(review, 'approvals');
}

function keyOf(versionId: string, userId: string): string {
  return `${versionId}:${userId}`;
}

/**
 * This user approves a version; approving it again only moves the time. `body`
 * is the version's body when this computer has it: written again at every
 * approval, so that one co-tutor approving while another withdraws the last
 * approval still leaves it there.
 */
export function approve(
  review: Y.Doc,
  approval: Approval,
  body: Uint8Array | null,
  origin: unknown,
): void {
  const value: Approval = {
    versionId: approval.versionId,
    by: {
      userId: approval.by.userId.slice(0, APPROVAL_LIMITS.maxUserIdLength),
      name: approval.by.name.slice(0, APPROVAL_LIMITS.maxNameLength),
      color: approval.by.color,
    },
    at: approval.at,
  };
  const part = approvalsOf(review);
  review.transact(() => {
    part.set(keyOf(value.versionId, value.by.userId), value);
    if (body !== null && body.byteLength <= APPROVAL_LIMITS.maxBodyBytes)
      part.set(value.versionId, body);
  }, origin);
}

/** Takes back this user's own approval of a version; another co-tutor's stays, and with it the body. */
export function withdraw(review: Y.Doc, versionId: string, userId: string, origin: unknown): void {
  const part = approvalsOf(review);
  const key = keyOf(versionId, userId);
  if (!part.has(key)) return;
  review.transact(() => {
    part.delete(key);
    const others = [...part.keys()].some((other) => other.startsWith(`${versionId}:`));
    if (!others) part.delete(versionId);
  }, origin);
}

/** The body carried with a version's approvals, or null (none, too large, or not bytes). */
export function approvedBodyOf(review: Y.Doc, versionId: string): Uint8Array | null {
  const body = approvalsOf(review).get(versionId);
  return body instanceof Uint8Array && body.byteLength <= APPROVAL_LIMITS.maxBodyBytes
    ? body
    : null;
}

export function readApprovals(review: Y.Doc): ApprovalList {
  const approvals: Approval[] = [];
  let damaged = 0;
  let read = 0;
  for (const [key, value] of approvalsOf(review).entries()) {
    // A version's body, carried with its approvals (approvedBodyOf).
    if (VERSION_ID.test(key)) continue;
    if (read++ >= APPROVAL_LIMITS.maxEntries) break;
    const parsed = approvalSchema.safeParse(value);
    // An entry under another's key would let one co-tutor withdraw for another.
    if (!parsed.success || keyOf(parsed.data.versionId, parsed.data.by.userId) !== key) damaged++;
    else approvals.push({ ...parsed.data, at: new Date(parsed.data.at).toISOString() });
  }
  approvals.sort(newestFirst);
  return { approvals, damaged };
}

/** The approvals of one version, newest first. */
export function approvalsOfVersion(list: ApprovalList, versionId: string): Approval[] {
  return list.approvals.filter((approval) => approval.versionId === versionId);
}

export type ApprovedVersion = { version: VersionEntry; approval: Approval };

/**
 * The approved version: the version with the most recent approval, among the
 * versions still listed and readable. Approving a version makes it the one
 * delivered, whoever approved an older one; withdrawing that approval makes the
 * previous one count again. Ties (the same instant) go by version id, so every
 * window agrees.
 */
export function approvedVersion(
  list: ApprovalList,
  versions: readonly VersionEntry[],
): ApprovedVersion | null {
  const byId = new Map(versions.map((version) => [version.id, version]));
  for (const approval of list.approvals) {
    const version = byId.get(approval.versionId);
    if (version !== undefined) return { version, approval };
  }
  return null;
}

function newestFirst(a: Approval, b: Approval): number {
  const time = Date.parse(b.at) - Date.parse(a.at);
  if (time !== 0) return time;
  const keyA = keyOf(a.versionId, a.by.userId);
  const keyB = keyOf(b.versionId, b.by.userId);
  return keyA < keyB ? -1 : keyA > keyB ? 1 : 0;
}
