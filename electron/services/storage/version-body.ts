import { crc32 } from 'node:zlib';

/**
 * A version body as a file holds it, on this computer and on a sync server:
 * [4 bytes "CTVB"][u32 body length LE][u32 crc32 of the body LE][body], so that
 * a file cut short or changed is known as damaged, and only that version is lost.
 */

const MAGIC = Buffer.from('CTVB', 'latin1');
export const VERSION_HEADER_BYTES = 12;

export function encodeVersionBody(body: Uint8Array): Buffer {
  const header = Buffer.alloc(VERSION_HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt32LE(body.byteLength, 4);
  header.writeUInt32LE(crc32(body), 8);
  return Buffer.concat([header, body]);
}

/** The body of a stored file, or null when the file is not a whole, unchanged body. */
export function decodeVersionBody(bytes: Buffer): Uint8Array | null {
  if (!isWholeHeader(bytes.subarray(0, VERSION_HEADER_BYTES), bytes.byteLength)) return null;
  const body = bytes.subarray(VERSION_HEADER_BYTES);
  return crc32(body) === bytes.readUInt32LE(8) ? new Uint8Array(body) : null;
}

/** Whether a file's first bytes are a header whose length matches the file's size. */
export function isWholeHeader(header: Buffer, fileSize: number): boolean {
  return (
    header.byteLength === VERSION_HEADER_BYTES &&
    header.subarray(0, 4).equals(MAGIC) &&
    header.readUInt32LE(4) === fileSize - VERSION_HEADER_BYTES
  );
}
