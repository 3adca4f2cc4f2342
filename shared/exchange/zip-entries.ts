import { inflateSync, strFromU8 } from 'fflate';

import type { ExchangeRefusal } from '../host-api/errors';
import { crc32 } from './crc32';

/**
 * A strict reader of the zips Cotutor writes, for files from anyone. General zip
 * readers trust the directory: they inflate every entry into a buffer of the size
 * it declares, let entries share or overlap their bytes, and never check the
 * CRC-32s. Here the directory is checked whole before anything is inflated: at
 * most a few entries, each name once, each of a known name within its own limit,
 * every entry's bytes inside the file, after its own header and apart from every
 * other entry's; then each entry is inflated on demand into exactly its declared
 * size and must fill it and match its CRC-32.
 */

export type ZipEntry = {
  name: string;
  method: 0 | 8;
  crc: number;
  /** Where its packed bytes are in the file. */
  start: number;
  packedSize: number;
  size: number;
};

export type ZipDirectory =
  { ok: true; entries: ReadonlyMap<string, ZipEntry> } | { ok: false; reason: ExchangeRefusal };

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_SIZE = 22;
const CENTRAL_SIZE = 46;
const LOCAL_SIZE = 30;
const MAX_COMMENT = 0xffff;
/** More entries than this is no file Cotutor writes (it writes three). */
const MAX_ENTRIES = 16;
const ENCRYPTED = 0x1;

/**
 * The checked directory of a zip. `limits` gives each name the format knows its
 * largest unpacked size; an entry of another name is listed (so that a newer
 * file can be told apart) but must be small.
 */
export function readZipDirectory(
  bytes: Uint8Array,
  limits: ReadonlyMap<string, number>,
  otherLimit: number,
): ZipDirectory {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = findEnd(view);
  if (end === null) return refuse('not-a-program-file');
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryStart = view.getUint32(end + 16, true);
  const singleDisk =
    view.getUint16(end + 4, true) === 0 &&
    view.getUint16(end + 6, true) === 0 &&
    view.getUint16(end + 8, true) === count;
  if (!singleDisk || count === 0 || count > MAX_ENTRIES) return refuse('not-a-program-file');
  if (directoryStart + directorySize !== end) return refuse('not-a-program-file');

  const entries = new Map<string, ZipEntry>();
  const spans: [number, number][] = [];
  let at = directoryStart;
  for (let index = 0; index < count; index++) {
    if (at + CENTRAL_SIZE > end || view.getUint32(at, true) !== CENTRAL_SIGNATURE)
      return refuse('not-a-program-file');
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const crc = view.getUint32(at + 16, true);
    const packedSize = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localStart = view.getUint32(at + 42, true);
    const next = at + CENTRAL_SIZE + nameLength + extraLength + commentLength;
    if (next > end) return refuse('not-a-program-file');
    const nameBytes = bytes.subarray(at + CENTRAL_SIZE, at + CENTRAL_SIZE + nameLength);
    const name = nameOf(nameBytes);
    if (name === null || entries.has(name)) return refuse('not-a-program-file');
    if (flags & ENCRYPTED || (method !== 0 && method !== 8)) return refuse('not-a-program-file');
    if (method === 0 && packedSize !== size) return refuse('not-a-program-file');
    if (size > (limits.get(name) ?? otherLimit)) return refuse('too-large');

    const start = localDataStart(view, localStart, nameBytes, method);
    if (start === null || start + packedSize > directoryStart) return refuse('not-a-program-file');
    spans.push([localStart, start + packedSize]);
    entries.set(name, { name, method, crc, start, packedSize, size });
    at = next;
  }
  if (at !== end || overlap(spans)) return refuse('not-a-program-file');
  return { ok: true, entries };
}

/** The unpacked bytes of an entry, or null when they do not fill its size or match its CRC-32. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const packed = bytes.subarray(entry.start, entry.start + entry.packedSize);
  let unpacked: Uint8Array;
  try {
    // Into a buffer of exactly the declared size: whatever the packed bytes say, no more is made.
    unpacked =
      entry.method === 0
        ? packed.slice()
        : inflateSync(packed, { out: new Uint8Array(entry.size) });
  } catch {
    return null;
  }
  if (unpacked.byteLength !== entry.size || crc32(unpacked) !== entry.crc) return null;
  return unpacked;
}

/** The end-of-directory record, which must end the file (after its comment). */
function findEnd(view: DataView): number | null {
  const last = view.byteLength - END_SIZE;
  for (let at = last; at >= 0 && at >= last - MAX_COMMENT; at--) {
    if (view.getUint32(at, true) !== END_SIGNATURE) continue;
    if (at + END_SIZE + view.getUint16(at + 20, true) === view.byteLength) return at;
  }
  return null;
}

/** Where an entry's packed bytes start, after its local header, which must name the same entry. */
function localDataStart(
  view: DataView,
  at: number,
  name: Uint8Array,
  method: number,
): number | null {
  if (at + LOCAL_SIZE > view.byteLength || view.getUint32(at, true) !== LOCAL_SIGNATURE)
    return null;
  if (view.getUint16(at + 8, true) !== method) return null;
  const nameLength = view.getUint16(at + 26, true);
  const extraLength = view.getUint16(at + 28, true);
  if (nameLength !== name.length || at + LOCAL_SIZE + nameLength > view.byteLength) return null;
  for (let index = 0; index < nameLength; index++) {
    if (view.getUint8(at + LOCAL_SIZE + index) !== name[index]) return null;
  }
  return at + LOCAL_SIZE + nameLength + extraLength;
}

/** A name byte for byte (names are compared, never shown): unique names stay unique. */
function nameOf(bytes: Uint8Array): string | null {
  return bytes.length === 0 ? null : strFromU8(bytes, true);
}

function overlap(spans: [number, number][]): boolean {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  return sorted.some((span, index) => index > 0 && span[0] < sorted[index - 1]![1]);
}

function refuse(reason: ExchangeRefusal): ZipDirectory {
  return { ok: false, reason };
}
