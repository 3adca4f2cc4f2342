import { crc32 } from 'node:zlib';

/**
 * The .ydoc format (docs/storage.md): an 8-byte magic header, then frames of
 * [u32 payload length LE][u32 crc32 of the payload LE][payload = one Yjs update].
 * Pure functions only, so the parser can be tested on bytes without a disk.
 */

export const MAGIC = Buffer.from('COTUTOR1', 'latin1');
export const FRAME_HEADER_BYTES = 8;
/** Far above the 64 MiB a single append may carry; a larger length is corruption. */
export const MAX_FRAME_BYTES = 256 * 1024 * 1024;

export function encodeFrames(updates: readonly Uint8Array[]): Buffer {
  const total = updates.reduce((sum, update) => sum + FRAME_HEADER_BYTES + update.byteLength, 0);
  const out = Buffer.allocUnsafe(total);
  let offset = 0;
  for (const update of updates) {
    out.writeUInt32LE(update.byteLength, offset);
    out.writeUInt32LE(crc32(update), offset + 4);
    out.set(update, offset + FRAME_HEADER_BYTES);
    offset += FRAME_HEADER_BYTES + update.byteLength;
  }
  return out;
}

/** A whole file holding the given updates: what creation and compaction write. */
export function encodeLog(updates: readonly Uint8Array[]): Buffer {
  return Buffer.concat([MAGIC, encodeFrames(updates)]);
}

/** Bytes that are neither good frames nor a torn tail, skipped to read what follows. */
export type DamagedRange = { offset: number; bytes: number; reason: string };

export type FrameLog =
  | {
      ok: true;
      /** Every good frame's payload in file order, also those found after damage. */
      updates: Uint8Array[];
      /** Bytes up to the end of the last good frame: where the file is cut back to. */
      goodLength: number;
      /** Bytes of an interrupted append after the last good frame (0 when none). */
      tornBytes: number;
      /** Damage: when not empty the file cannot be cut back, only copied and rewritten. */
      damage: DamagedRange[];
    }
  | { ok: false; reason: string };

/**
 * Reads every frame it can. Only an incomplete frame at the very end, with no good
 * frame after it, is a torn tail: a single write interrupted by a crash leaves a
 * prefix of itself, never a full-length frame with a wrong checksum, and never
 * good frames after a bad one. Anything else is damage, and reading resumes at the
 * next good frame so that what follows the damage is not lost.
 */
export function parseFrameLog(bytes: Uint8Array): FrameLog {
  if (bytes.byteLength === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes.byteLength < MAGIC.byteLength || !MAGIC.equals(bytes.subarray(0, MAGIC.byteLength))) {
    return { ok: false, reason: 'the file does not start with the Cotutor header' };
  }
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const updates: Uint8Array[] = [];
  const damage: DamagedRange[] = [];
  let offset = MAGIC.byteLength;
  let goodLength = offset;
  const budget = scanBudgetFor(view);
  while (offset < view.byteLength) {
    const payload = frameAt(view, offset);
    if (payload !== null) {
      updates.push(payload);
      offset += FRAME_HEADER_BYTES + payload.byteLength;
      goodLength = offset;
      continue;
    }
    const next = nextFrameAfter(view, offset, budget);
    const end = next ?? view.byteLength;
    const intact = payloadUpTo(view, offset, end);
    // A search cut short proves nothing about what follows: that is damage, never a torn tail.
    if (next === null && intact === null && !budget.exhausted && isTornTail(view, offset)) break;
    damage.push({
      offset,
      bytes: end - offset,
      reason: whatIsWrongAt(view, offset, next, intact, budget),
    });
    if (intact !== null) updates.push(intact);
    offset = end;
    goodLength = end;
  }
  return { ok: true, updates, goodLength, tornBytes: view.byteLength - goodLength, damage };
}

/** The payload of a whole frame with a matching checksum at `offset`, or null. */
function frameAt(view: Buffer, offset: number): Buffer | null {
  if (view.byteLength - offset < FRAME_HEADER_BYTES) return null;
  const length = view.readUInt32LE(offset);
  const end = offset + FRAME_HEADER_BYTES + length;
  if (length === 0 || length > MAX_FRAME_BYTES || end > view.byteLength) return null;
  const payload = view.subarray(offset + FRAME_HEADER_BYTES, end);
  return crc32(payload) === view.readUInt32LE(offset + 4) ? payload : null;
}

/**
 * A frame whose length field is wrong but whose payload is whole: the bytes up to
 * the next good frame (or the end) still match the checksum. The checksum covers
 * only the payload, so this is how a bit flip in a length field loses nothing.
 */
function payloadUpTo(view: Buffer, offset: number, end: number): Buffer | null {
  const start = offset + FRAME_HEADER_BYTES;
  if (end <= start) return null;
  const payload = view.subarray(start, end);
  return crc32(payload) === view.readUInt32LE(offset + 4) ? payload : null;
}

/** How many bytes the search for good frames may checksum, for the whole file. */
type ScanBudget = { bytesLeft: number; exhausted: boolean };

/**
 * Real program files take one pass: most offsets declare an impossible length.
 * Bytes full of small numbers could make every offset a candidate and the search
 * quadratic; past this budget the rest of the file is called damage instead.
 */
function scanBudgetFor(view: Buffer): ScanBudget {
  return { bytesLeft: 128 * view.byteLength + 64 * 1024 * 1024, exhausted: false };
}

/**
 * Where the next good frame starts after a bad one, found by trying every byte:
 * a false match needs a 32-bit checksum to agree by chance. Only damaged files
 * pay for this scan. Null when there is none, or when the budget ran out.
 */
function nextFrameAfter(view: Buffer, from: number, budget: ScanBudget): number | null {
  for (let offset = from + 1; offset + FRAME_HEADER_BYTES < view.byteLength; offset++) {
    const length = view.readUInt32LE(offset);
    if (length === 0 || length > MAX_FRAME_BYTES) continue;
    if (offset + FRAME_HEADER_BYTES + length > view.byteLength) continue;
    if (length > budget.bytesLeft) {
      budget.exhausted = true;
      return null;
    }
    budget.bytesLeft -= length;
    if (frameAt(view, offset) !== null) return offset;
  }
  return null;
}

/**
 * What an interrupted append leaves: a partial frame header, a frame shorter than
 * its length, or (after power loss on some file systems) a tail the size of the
 * write but still filled with zeros. The caller has checked that no good frame follows.
 */
function isTornTail(view: Buffer, offset: number): boolean {
  if (view.byteLength - offset < FRAME_HEADER_BYTES || isAllZero(view, offset)) return true;
  const length = view.readUInt32LE(offset);
  return (
    length > 0 &&
    length <= MAX_FRAME_BYTES &&
    offset + FRAME_HEADER_BYTES + length > view.byteLength
  );
}

function whatIsWrongAt(
  view: Buffer,
  offset: number,
  next: number | null,
  intact: Buffer | null,
  budget: ScanBudget,
): string {
  const where = `at byte ${offset}`;
  if (intact !== null) return `${where}: a frame's length field is wrong (its content is intact)`;
  if (budget.exhausted)
    return `${where}: a bad frame, and too many false leads after it to search on`;
  if (view.byteLength - offset < FRAME_HEADER_BYTES) return `${where}: an incomplete frame header`;
  const length = view.readUInt32LE(offset);
  if (length === 0 || length > MAX_FRAME_BYTES) {
    return `${where}: a frame declares an impossible length of ${length} bytes`;
  }
  const end = offset + FRAME_HEADER_BYTES + length;
  if (end > view.byteLength) {
    return `${where}: a frame declares ${length} bytes, past the end of the file, and good frames follow`;
  }
  return next === null
    ? `${where}: the last frame is complete but its checksum does not match`
    : `${where}: a frame's checksum does not match and good frames follow`;
}

function isAllZero(bytes: Buffer, from: number): boolean {
  for (let index = from; index < bytes.byteLength; index++) if (bytes[index] !== 0) return false;
  return true;
}
