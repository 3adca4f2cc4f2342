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

export type FrameLog =
  | {
      ok: true;
      updates: Uint8Array[];
      /** Bytes up to the end of the last good frame: where the file is cut back to. */
      goodLength: number;
      /** Bytes of an interrupted append after the last good frame (0 when none). */
      tornBytes: number;
    }
  | { ok: false; reason: string };

export function parseFrameLog(bytes: Uint8Array): FrameLog {
  if (bytes.byteLength === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes.byteLength < MAGIC.byteLength || !MAGIC.equals(bytes.subarray(0, MAGIC.byteLength))) {
    return { ok: false, reason: 'the file does not start with the Cotutor header' };
  }
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const updates: Uint8Array[] = [];
  let offset = MAGIC.byteLength;
  while (offset < view.byteLength) {
    const torn = {
      ok: true as const,
      updates,
      goodLength: offset,
      tornBytes: view.byteLength - offset,
    };
    // A crash mid-append leaves a prefix of the last write: a partial frame header,
    // a frame shorter than its length, or (after power loss on some file systems)
    // a tail the size of the write but still filled with zeros.
    if (view.byteLength - offset < FRAME_HEADER_BYTES || isAllZero(view, offset)) return torn;
    const length = view.readUInt32LE(offset);
    const checksum = view.readUInt32LE(offset + 4);
    const end = offset + FRAME_HEADER_BYTES + length;
    const frame = `frame ${updates.length + 1} (at byte ${offset})`;
    if (length === 0 || length > MAX_FRAME_BYTES) {
      return { ok: false, reason: `${frame} declares an impossible length of ${length} bytes` };
    }
    if (end > view.byteLength) return torn;
    const payload = view.subarray(offset + FRAME_HEADER_BYTES, end);
    if (crc32(payload) !== checksum) {
      if (end === view.byteLength) return torn;
      return {
        ok: false,
        reason: `${frame} is corrupt (its checksum does not match) and is followed by more data`,
      };
    }
    updates.push(payload);
    offset = end;
  }
  return { ok: true, updates, goodLength: offset, tornBytes: 0 };
}

function isAllZero(bytes: Buffer, from: number): boolean {
  for (let index = from; index < bytes.byteLength; index++) if (bytes[index] !== 0) return false;
  return true;
}
