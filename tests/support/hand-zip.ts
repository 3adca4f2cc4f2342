import { deflateSync, strToU8 } from 'fflate';

import { crc32 } from '../../shared/exchange/crc32';

/**
 * Zips written field by field, so that a directory can say what a real zip
 * would not: sizes it does not have, entries sharing one body. Used to make the
 * .cotutor files an attacker would send.
 */

export type HandEntry = {
  name: string;
  /** The bytes as stored (already deflated when `method` is 8). */
  packed: Uint8Array;
  method: 0 | 8;
  crc: number;
  size: number;
  /** Point the directory at another entry's header instead of this one's own. */
  sharesWith?: number;
};

/** A zip written field by field, so that its directory can say what a real zip would not. */
export function handZip(entries: HandEntry[]): Uint8Array {
  const locals: Uint8Array[] = [];
  const offsets: number[] = [];
  let offset = 0;
  for (const entry of entries) {
    offsets.push(offset);
    if (entry.sharesWith !== undefined) continue;
    const name = strToU8(entry.name);
    const header = new Uint8Array(30 + name.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x04034b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(8, entry.method, true);
    view.setUint32(14, entry.crc, true);
    view.setUint32(18, entry.packed.length, true);
    view.setUint32(22, entry.size, true);
    view.setUint16(26, name.length, true);
    header.set(name, 30);
    locals.push(header, entry.packed);
    offset += header.length + entry.packed.length;
  }
  const central: Uint8Array[] = [];
  entries.forEach((entry, index) => {
    const name = strToU8(entry.name);
    const header = new Uint8Array(46 + name.length);
    const view = new DataView(header.buffer);
    view.setUint32(0, 0x02014b50, true);
    view.setUint16(4, 20, true);
    view.setUint16(6, 20, true);
    view.setUint16(10, entry.method, true);
    view.setUint32(16, entry.crc, true);
    view.setUint32(20, entry.packed.length, true);
    view.setUint32(24, entry.size, true);
    view.setUint16(28, name.length, true);
    view.setUint32(42, offsets[entry.sharesWith ?? index]!, true);
    header.set(name, 46);
    central.push(header);
  });
  const directorySize = central.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const view = new DataView(end.buffer);
  view.setUint32(0, 0x06054b50, true);
  view.setUint16(8, entries.length, true);
  view.setUint16(10, entries.length, true);
  view.setUint32(12, directorySize, true);
  view.setUint32(16, offset, true);
  const parts = [...locals, ...central, end];
  const bytes = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return bytes;
}

export function deflated(name: string, data: Uint8Array): HandEntry {
  return { name, packed: deflateSync(data), method: 8, crc: crc32(data), size: data.length };
}
