import { mkdir, open, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';

import { VERSION_ID } from '../../../shared/history/version-list';
import type { StoredVersion } from '../../../shared/host-api/contract';
import { HostError } from '../../../shared/host-api/errors';
import { type DataPaths, programIdOfFile } from './data-directory';
import { isMissingFile, replaceFileDurably, syncDirectory } from './durable-file';

/**
 * Version bodies on disk: versions/<programId>/<versionId>.ydoc, each the
 * encoded program state behind a small header — [4 bytes "CTVB"][u32 body
 * length LE][u32 crc32 of the body LE] — so that a file cut short or changed is
 * known as damaged, and only that version is lost. Written as every stored file
 * is (durable-file.ts): a crash leaves the old file or the new, never half of one.
 */

const MAGIC = Buffer.from('CTVB', 'latin1');
const HEADER_BYTES = 12;
const EXTENSION = '.ydoc';

export class VersionStore {
  constructor(private readonly paths: DataPaths) {}

  async put(programId: string, versionId: string, body: Uint8Array): Promise<void> {
    const directory = this.directoryOf(programId);
    await mkdir(directory, { recursive: true });
    await replaceFileDurably(this.fileOf(programId, versionId), encodeBody(body));
  }

  async get(programId: string, versionId: string): Promise<Uint8Array> {
    let bytes: Buffer;
    try {
      bytes = await readFile(this.fileOf(programId, versionId));
    } catch (error) {
      if (isMissingFile(error))
        throw new HostError('not-found', {}, `There is no version ${versionId} of ${programId}`);
      throw error;
    }
    const body = decodeBody(bytes);
    if (body === null)
      throw new HostError('damaged-version', {}, `Version ${versionId} of ${programId} is damaged`);
    return body;
  }

  async remove(programId: string, versionId: string): Promise<void> {
    try {
      await unlink(this.fileOf(programId, versionId));
    } catch (error) {
      if (isMissingFile(error)) return;
      throw error;
    }
    await syncDirectory(this.directoryOf(programId));
  }

  /** The stored bodies, each checked by its header and size only (the checksum is checked on get). */
  async list(programId: string): Promise<StoredVersion[]> {
    let names: string[];
    try {
      names = await readdir(this.directoryOf(programId));
    } catch (error) {
      if (isMissingFile(error)) return [];
      throw error;
    }
    const ids = names
      .filter((name) => name.endsWith(EXTENSION))
      .map((name) => name.slice(0, -EXTENSION.length))
      .filter((id) => VERSION_ID.test(id));
    return Promise.all(ids.map((versionId) => this.inspect(programId, versionId)));
  }

  private async inspect(programId: string, versionId: string): Promise<StoredVersion> {
    const handle = await open(this.fileOf(programId, versionId), 'r');
    try {
      const { size } = await handle.stat();
      const header = Buffer.alloc(HEADER_BYTES);
      const { bytesRead } = await handle.read(header, 0, HEADER_BYTES, 0);
      const whole =
        bytesRead === HEADER_BYTES &&
        header.subarray(0, 4).equals(MAGIC) &&
        header.readUInt32LE(4) === size - HEADER_BYTES;
      return { versionId, size: Math.max(0, size - HEADER_BYTES), damaged: !whole };
    } finally {
      await handle.close();
    }
  }

  private directoryOf(programId: string): string {
    // The id names a folder: only a program id may (programIdOfFile checks its form).
    if (programIdOfFile(`${programId}${EXTENSION}`) === null)
      throw new HostError('invalid-argument', { field: 'programId' }, `"${programId}" is no id`);
    return join(this.paths.root, 'versions', programId);
  }

  private fileOf(programId: string, versionId: string): string {
    if (!VERSION_ID.test(versionId))
      throw new HostError('invalid-argument', { field: 'versionId' }, `"${versionId}" is no id`);
    return join(this.directoryOf(programId), `${versionId}${EXTENSION}`);
  }
}

function encodeBody(body: Uint8Array): Buffer {
  const header = Buffer.alloc(HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt32LE(body.byteLength, 4);
  header.writeUInt32LE(crc32(body), 8);
  return Buffer.concat([header, body]);
}

/** The body of a stored file, or null when the file is not a whole, unchanged body. */
function decodeBody(bytes: Buffer): Uint8Array | null {
  if (bytes.byteLength < HEADER_BYTES || !bytes.subarray(0, 4).equals(MAGIC)) return null;
  const length = bytes.readUInt32LE(4);
  if (length !== bytes.byteLength - HEADER_BYTES) return null;
  const body = bytes.subarray(HEADER_BYTES);
  return crc32(body) === bytes.readUInt32LE(8) ? new Uint8Array(body) : null;
}
