import * as Y from 'yjs';

import { type FieldSource, storedFields } from '../model/records/table';
import {
  ABOUT_FIELDS,
  type AboutValues,
  COMMENT_FIELDS,
  type CommentValues,
  STATUS_FIELDS,
  type StatusValues,
} from './thread-records';

/**
 * How a thread is stored in the review document's 'threads' part:
 *
 *   id → Y.Map { about:    { ABOUT_FIELDS, start?, end? }   (one plain value)
 *                status:   { STATUS_FIELDS }                 (one plain value)
 *                comments: Y.Map id → { COMMENT_FIELDS }     (one plain value each) }
 *
 * A plain value is one Yjs item however many fields it holds, where a Y.Map
 * costs an item per field: decoding a review document with thousands of
 * comments is several times faster this way. Every field of a plain value is
 * written by one hand at once (its author, or whoever resolves), so replacing
 * the whole value loses nothing a per-field merge would keep, except that two
 * co-tutors changing the same one at once keep the later change only.
 *
 * Older versions stored each field as a key of the thread's own Y.Map and each
 * comment as a Y.Map of its fields; both are still read, and
 * migrateThreads (thread-migration.ts) rewrites them in this shape.
 */

/** A value stored as a JSON-like object (not a Yjs type, an array or bytes). */
export function isPlainRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Uint8Array) &&
    !(value instanceof Y.AbstractType)
  );
}

const own = (record: Readonly<Record<string, unknown>>, key: string): unknown =>
  Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;

/** A plain value read as a record's fields. */
export function plainSource(record: Readonly<Record<string, unknown>>): FieldSource {
  return { get: (key) => own(record, key) };
}

/**
 * A thread's fields wherever they are: in its `about` and `status` values, or,
 * for what they do not hold, as keys of its Y.Map (the older shape, or a peer
 * of an older version that resolved it).
 */
export function threadSource(record: Y.Map<unknown>): FieldSource {
  const about = record.get('about');
  const status = record.get('status');
  const parts = [about, status].filter(isPlainRecord);
  return {
    get: (key) => {
      for (const part of parts) {
        const value = own(part, key);
        if (value !== undefined) return value;
      }
      const flat = record.get(key);
      // `status` is both the old key of the state and the new value's name.
      return key === 'status' && isPlainRecord(flat) ? undefined : flat;
    },
  };
}

/** Whether the thread is stored in this version's shape. */
export function isCurrentThread(record: Y.Map<unknown>): boolean {
  return isPlainRecord(record.get('about')) && isPlainRecord(record.get('status'));
}

/** A comment's fields: a plain value, or an older Y.Map; null for anything else. */
export function commentSource(stored: unknown): FieldSource | null {
  if (stored instanceof Y.Map) return stored;
  return isPlainRecord(stored) ? plainSource(stored) : null;
}

export function aboutValue(
  values: AboutValues,
  anchor: { start: Uint8Array; end: Uint8Array } | null,
): Record<string, unknown> {
  const stored: Record<string, unknown> = { ...storedFields(ABOUT_FIELDS, values) };
  if (anchor !== null) {
    stored.start = anchor.start;
    stored.end = anchor.end;
  }
  return stored;
}

export function statusValue(values: StatusValues): Record<string, unknown> {
  return { ...storedFields(STATUS_FIELDS, values) };
}

/** A comment's stored value (throws RangeError for values the writer refuses). */
export function commentValue(values: CommentValues): Record<string, unknown> {
  return { ...storedFields(COMMENT_FIELDS, values) };
}
