import { strFromU8, strToU8, zipSync } from 'fflate';
import * as Y from 'yjs';
import { z } from 'zod';

import type { ExchangeRefusal } from '../host-api/errors';
import { rootOf } from '../model/layout';
import { checkDocument } from '../model/migrate';
import { readMeta } from '../model/read';
import { inflateEntry, readZipDirectory } from './zip-entries';

/**
 * A .cotutor file carries one program between computers with no network: a zip
 * holding manifest.json, state.bin (the program's whole Yjs state) and
 * review.bin (its review document's, shared/review/layout.ts). Importing it
 * merges both exactly as syncing would.
 *
 * review.bin is optional and not described in the manifest: files written before
 * it existed still import, and an app that predates it reads the manifest as
 * before (its schema is strict, so a new key there would make that app call the
 * file undescribed instead of newer) and imports the program without the review.
 * So EXCHANGE_VERSION stays 1 (docs/file-format.md).
 */

export const EXCHANGE_FORMAT = 'cotutor-program';
export const EXCHANGE_VERSION = 1;
const MAX_FILE_BYTES = 64 * 1024 * 1024;
const MANIFEST = 'manifest.json';
const STATE = 'state.bin';
const REVIEW = 'review.bin';

/** What each entry may unpack to at most (shared/exchange/zip-entries.ts keeps to it). */
const MAX_MANIFEST_BYTES = 64 * 1024;
const MAX_ENTRY_BYTES: ReadonlyMap<string, number> = new Map([
  [MANIFEST, MAX_MANIFEST_BYTES],
  [STATE, MAX_FILE_BYTES],
  [REVIEW, MAX_FILE_BYTES],
]);

const manifestSchema = z
  .object({
    format: z.literal(EXCHANGE_FORMAT),
    version: z.number().int().min(1),
    programId: z.string().min(1).max(100),
    title: z.string().max(500),
    exportedAt: z.string().max(40),
    stateBytes: z.number().int().min(1),
  })
  .strict();

export type ExchangeManifest = z.infer<typeof manifestSchema>;
export type ExchangeFile = {
  manifest: ExchangeManifest;
  state: Uint8Array;
  /** The review document's state; null in a file written before review.bin existed. */
  review: Uint8Array | null;
};
export type ReadExchange =
  { ok: true; file: ExchangeFile } | { ok: false; reason: ExchangeRefusal };

/** The bytes of a .cotutor file for a program document and its review document. */
export function writeExchangeFile(doc: Y.Doc, review: Y.Doc, exportedAt: Date): Uint8Array {
  const state = Y.encodeStateAsUpdate(doc);
  const manifest: ExchangeManifest = {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    programId: String(rootOf(doc).get('programId') ?? ''),
    title: readMeta(doc).title,
    exportedAt: exportedAt.toISOString(),
    stateBytes: state.byteLength,
  };
  return zipSync({
    [MANIFEST]: strToU8(JSON.stringify(manifest, null, 2)),
    [STATE]: state,
    [REVIEW]: Y.encodeStateAsUpdate(review),
  });
}

/**
 * Reads and checks a .cotutor file: a truncated, damaged or foreign file, a file
 * from a newer version, or one whose state is not the program it names is refused
 * with the reason, which the interface explains in the user's language.
 */
export function readExchangeFile(bytes: Uint8Array): ReadExchange {
  if (bytes.byteLength > MAX_FILE_BYTES) return fail('too-large');
  const directory = readZipDirectory(bytes, MAX_ENTRY_BYTES, MAX_MANIFEST_BYTES);
  if (!directory.ok) return fail(directory.reason);
  const { entries } = directory;
  const manifestEntry = entries.get(MANIFEST);
  const stateEntry = entries.get(STATE);
  if (manifestEntry === undefined || stateEntry === undefined) return fail('no-program');
  const manifestBytes = inflateEntry(bytes, manifestEntry);
  if (manifestBytes === null) return fail('damaged');
  let manifest: ExchangeManifest;
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(strFromU8(manifestBytes)));
    if (!parsed.success) return fail('no-description');
    manifest = parsed.data;
  } catch {
    return fail('no-description');
  }
  if (manifest.version > EXCHANGE_VERSION) {
    return fail('newer-version');
  }
  // Known to be of this version, a file with anything more was not written by Cotutor.
  if ([...entries.keys()].some((name) => !MAX_ENTRY_BYTES.has(name))) {
    return fail('not-a-program-file');
  }
  const state = inflateEntry(bytes, stateEntry);
  const reviewEntry = entries.get(REVIEW);
  const review = reviewEntry === undefined ? null : inflateEntry(bytes, reviewEntry);
  if (state === null || (reviewEntry !== undefined && review === null)) return fail('damaged');
  if (state.byteLength !== manifest.stateBytes) return fail('incomplete');
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, state);
    const check = checkDocument(doc);
    if (!check.ok) {
      return fail(check.reason === 'newer-version' ? 'newer-version' : 'unreadable');
    }
    if (rootOf(doc).get('programId') !== manifest.programId) {
      return fail('mismatch');
    }
  } catch {
    return fail('unreadable');
  } finally {
    doc.destroy();
  }
  if (review !== null && !appliesAlone(review)) return fail('unreadable');
  return { ok: true, file: { manifest, state, review } };
}

/** Whether Yjs takes these bytes as an update of an empty document; what is inside is read later, defensively. */
function appliesAlone(update: Uint8Array): boolean {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, update);
    return true;
  } catch {
    return false;
  } finally {
    doc.destroy();
  }
}

function fail(reason: ExchangeRefusal): ReadExchange {
  return { ok: false, reason };
}
