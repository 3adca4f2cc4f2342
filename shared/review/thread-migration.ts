import * as Y from 'yjs';

import { fieldFaults, readFields } from '../model/records/table';
import { reviewRootOf } from './layout';
import { ABOUT_FIELDS, COMMENT_FIELDS, STATUS_FIELDS, THREAD_FIELDS } from './thread-records';
import {
  aboutValue,
  commentValue,
  isCurrentThread,
  isPlainRecord,
  statusValue,
  threadSource,
} from './thread-store';

const FLAT_KEYS = [...Object.keys(THREAD_FIELDS), 'start', 'end'].filter((key) => key !== 'status');

/**
 * Rewrites threads and comments stored in the older shape (a key per field, a
 * Y.Map per comment) as thread-store.ts stores them, so that a review document
 * written before decodes as fast as a new one. Only what reads without a fault
 * is rewritten: a damaged record stays as it is and is still shown as damaged.
 * The values written follow from what is stored alone, so co-tutors opening
 * the same old document at once write the same values and agree. Returns
 * whether it wrote.
 */
export function migrateThreads(review: Y.Doc, origin: unknown): boolean {
  let wrote = false;
  const root = reviewRootOf(review, 'threads');
  review.transact(() => {
    root.forEach((record) => {
      if (!(record instanceof Y.Map)) return;
      if (!isCurrentThread(record) && migrateThread(record)) wrote = true;
      const comments = record.get('comments');
      if (comments instanceof Y.Map && migrateComments(comments)) wrote = true;
    });
  }, origin);
  return wrote;
}

function migrateThread(record: Y.Map<unknown>): boolean {
  const source = threadSource(record);
  if (fieldFaults(THREAD_FIELDS, source).length > 0) return false;
  const about = readFields(ABOUT_FIELDS, source);
  const start = source.get('start');
  const end = source.get('end');
  let anchor: { start: Uint8Array; end: Uint8Array } | null = null;
  if (about.kind === 'range') {
    if (!(start instanceof Uint8Array && end instanceof Uint8Array)) return false;
    anchor = { start, end };
  }
  const status = readFields(STATUS_FIELDS, source);
  if (!isPlainRecord(record.get('about'))) record.set('about', aboutValue(about, anchor));
  if (!isPlainRecord(record.get('status'))) record.set('status', statusValue(status));
  for (const key of FLAT_KEYS) if (record.has(key)) record.delete(key);
  return true;
}

function migrateComments(comments: Y.Map<unknown>): boolean {
  let wrote = false;
  for (const [id, comment] of [...comments.entries()]) {
    if (!(comment instanceof Y.Map) || fieldFaults(COMMENT_FIELDS, comment).length > 0) continue;
    comments.set(id, commentValue(readFields(COMMENT_FIELDS, comment)));
    wrote = true;
  }
  return wrote;
}
