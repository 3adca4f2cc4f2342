import type * as Y from 'yjs';

import { reviewRootOf } from '../review/layout';

/**
 * The list of a program's versions, in the review document's 'versions' part:
 * one entry per version, keyed by its id. The bodies (the encoded program
 * state) are files apart, fetched when a version is opened; the entry says what
 * the version is and lets an automatic version be skipped when nothing changed.
 * Entries are plain values, written whole and never changed, so concurrent
 * additions from co-tutors merge as a union.
 */

export const VERSION_KINDS = ['named', 'idle', 'before-restore', 'before-merge', 'export'] as const;
export type VersionKind = (typeof VERSION_KINDS)[number];

/**
 * Who kept a version: the name and colour presence showed, and the stable id of
 * their installation (Settings.userId), which entries written before it lack.
 */
export type VersionAuthor = { name: string; color: string; userId?: string };

export type VersionEntry = {
  id: string;
  /** Null for a version Cotutor kept on its own. */
  name: string | null;
  kind: VersionKind;
  author: VersionAuthor;
  /** ISO timestamp. */
  createdAt: string;
  /** The body's size in bytes. */
  size: number;
  /** SHA-256 of the body (hex): the same digest twice means nothing changed in between. */
  digest: string;
};

/** An entry as read from a peer: whole, or damaged (wrong types) and only shown as such. */
export type VersionRow = ({ damaged: false } & VersionEntry) | { damaged: true; id: string };

export const VERSION_LIMITS = {
  maxNameLength: 200,
  maxAuthorNameLength: 100,
  maxUserIdLength: 100,
  /** A body larger than this is neither stored nor fetched. */
  maxBodyBytes: 32 * 1024 * 1024,
  /** Entries read from the list at most: far more than retention leaves. */
  maxEntries: 2000,
} as const;

export const VERSION_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const COLOR = /^#[0-9a-f]{6}$/i;
const DIGEST = /^[0-9a-f]{64}$/;
const KINDS: ReadonlySet<string> = new Set(VERSION_KINDS);

function versionsOf(review: Y.Doc): Y.Map<unknown> {
  return reviewRootOf(review, 'versions');
}

/** Every version, newest first; an entry with wrong types is kept as damaged. */
export function readVersions(review: Y.Doc): VersionRow[] {
  const rows: VersionRow[] = [];
  for (const [id, value] of versionsOf(review).entries()) {
    if (rows.length >= VERSION_LIMITS.maxEntries) break;
    if (!VERSION_ID.test(id)) continue;
    const entry = entryOf(id, value);
    rows.push(entry === null ? { damaged: true, id } : { damaged: false, ...entry });
  }
  return rows.sort(newestFirst);
}

/** The whole entries only, newest first. */
export function readableVersions(review: Y.Doc): VersionEntry[] {
  return readVersions(review).filter((row): row is VersionRow & { damaged: false } => !row.damaged);
}

export function addVersion(review: Y.Doc, entry: VersionEntry): void {
  versionsOf(review).set(entry.id, { ...entry, author: { ...entry.author } });
}

export function removeVersions(review: Y.Doc, ids: readonly string[]): void {
  if (ids.length === 0) return;
  review.transact(() => {
    const versions = versionsOf(review);
    for (const id of ids) versions.delete(id);
  });
}

function entryOf(id: string, value: unknown): VersionEntry | null {
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  const { name, kind, author, createdAt, size, digest } = record;
  if (name !== null && !(typeof name === 'string' && name.length <= VERSION_LIMITS.maxNameLength))
    return null;
  if (typeof kind !== 'string' || !KINDS.has(kind)) return null;
  if ((kind === 'named') !== (name !== null)) return null;
  if (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt))) return null;
  if (typeof size !== 'number' || !Number.isInteger(size) || size <= 0) return null;
  if (size > VERSION_LIMITS.maxBodyBytes) return null;
  if (typeof digest !== 'string' || !DIGEST.test(digest)) return null;
  const who = authorOf(author);
  if (who === null) return null;
  return {
    id,
    name,
    kind: kind as VersionKind,
    author: who,
    createdAt: new Date(createdAt).toISOString(),
    size,
    digest,
  };
}

/** The author of an entry; a user id that is not a short string is left out, the entry still reads. */
function authorOf(value: unknown): VersionAuthor | null {
  if (typeof value !== 'object' || value === null) return null;
  const { name, color, userId } = value as Record<string, unknown>;
  if (typeof name !== 'string' || name.length > VERSION_LIMITS.maxAuthorNameLength) return null;
  if (typeof color !== 'string' || !COLOR.test(color)) return null;
  const known =
    typeof userId === 'string' && userId !== '' && userId.length <= VERSION_LIMITS.maxUserIdLength;
  return known ? { name, color, userId } : { name, color };
}

/** Newest first; damaged rows last; ties by id, so that every window lists the same order. */
function newestFirst(a: VersionRow, b: VersionRow): number {
  const timeA = a.damaged ? -Infinity : Date.parse(a.createdAt);
  const timeB = b.damaged ? -Infinity : Date.parse(b.createdAt);
  if (timeA !== timeB) return timeB - timeA;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
