import { readFile } from 'node:fs/promises';

import * as Y from 'yjs';

import { messageOf } from '../../../shared/host-api/errors';
import type { Logger } from '../logger';
import { keepDamagedCopy } from './damage';
import { isMissingFile } from './durable-file';
import { parseFrameLog } from './frame-log';
import { removeStaleTemporary, truncateTornTail, writeLogFile } from './program-file';

/**
 * A review document (shared/review/layout.ts) open for appends. Its file is the
 * same frame log as a program's (docs/storage.md), but no program has one until
 * its first review change: a missing file is an empty review document.
 */
export type OpenReview = {
  doc: Y.Doc;
  /** False while there is no file to append to: the next write creates it whole. */
  exists: boolean;
  frames: number;
  /** Where the next append goes: the length of the file's good part. */
  bytes: number;
  /** Size of the encoded document when last measured. */
  stateBytes: number;
  compactionQueued: boolean;
  /** Where a damaged file was copied when this run opened it. */
  damagedCopy: string | null;
};

export type ReviewContext = {
  id: string;
  file: string;
  damagedDirectory: string;
};

/**
 * Reads a review file for appending, with the program file's crash safety: a
 * leftover compaction temp file goes, a torn tail is cut off, damage around
 * readable frames is copied to damaged/ before the file is rewritten from them.
 *
 * Unlike a damaged program, a review file with nothing readable does not keep
 * the program from opening: it is copied to damaged/ (the original is replaced
 * only at the next review change, by a whole new file) and the review document
 * starts empty. Co-tutors' copies bring its content back through sync.
 */
export async function openReviewFile(context: ReviewContext, log: Logger): Promise<OpenReview> {
  await removeStaleTemporary(context.file);
  let bytes: Buffer;
  try {
    bytes = await readFile(context.file);
  } catch (error) {
    if (!isMissingFile(error)) throw error;
    return emptyReview(new Y.Doc(), null);
  }
  const parsed = parseFrameLog(bytes);
  if (!parsed.ok) return unreadable(context, parsed.reason, log);
  const doc = new Y.Doc();
  try {
    for (const update of parsed.updates) Y.applyUpdate(doc, update);
  } catch (error) {
    doc.destroy();
    return unreadable(context, `a stored change could not be applied: ${messageOf(error)}`, log);
  }
  let damagedCopy: string | null = null;
  let length = parsed.goodLength;
  if (parsed.damage.length > 0) {
    damagedCopy = await copyOf(context);
    // Only now that the copy is durable (fsync'd, its folder too) may the file change.
    length = await writeLogFile(context.file, parsed.updates);
    log.warn(
      `${context.file} was damaged (${parsed.damage.map((range) => range.reason).join('; ')}). ` +
        `Opened its ${parsed.updates.length} readable changes; the file as it was is kept at ${damagedCopy}.`,
    );
  } else if (parsed.tornBytes > 0) {
    await truncateTornTail(context.file, parsed.goodLength);
    log.warn(
      `Dropped ${parsed.tornBytes} bytes of an interrupted save at the end of ${context.file} ` +
        '(never acknowledged).',
    );
  }
  return {
    doc,
    exists: true,
    frames: parsed.updates.length,
    bytes: length,
    stateBytes: Y.encodeStateAsUpdate(doc).byteLength,
    compactionQueued: false,
    damagedCopy,
  };
}

async function unreadable(
  context: ReviewContext,
  reason: string,
  log: Logger,
): Promise<OpenReview> {
  const copy = await copyOf(context);
  log.warn(
    `${context.file} cannot be read (${reason}); the review document starts empty, ` +
      `the file as it was is kept at ${copy}.`,
  );
  return emptyReview(new Y.Doc(), copy);
}

/** damaged/<id>.review-<time>.ydoc: apart from the copies of the program file itself. */
function copyOf(context: ReviewContext): Promise<string> {
  return keepDamagedCopy(context.damagedDirectory, `${context.id}.review`, context.file);
}

function emptyReview(doc: Y.Doc, damagedCopy: string | null): OpenReview {
  return {
    doc,
    exists: false,
    frames: 0,
    bytes: 0,
    stateBytes: 0,
    compactionQueued: false,
    damagedCopy,
  };
}
