import { mkdir, open, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

import { VERSION_ID } from '../../../shared/history/version-list';
import type { StoredVersion } from '../../../shared/host-api/contract';
import { HostError } from '../../../shared/host-api/errors';
import { type DataPaths, programIdOfFile } from './data-directory';
import { isMissingFile, replaceFileDurably, syncDirectory } from './durable-file';
import {
  decodeVersionBody,
  encodeVersionBody,
  isWholeHeader,
  VERSION_HEADER_BYTES,
} from './version-body';

/**
 * Version bodies on disk: versions/<programId>/<versionId>.ydoc, each the
 * encoded program state behind a small header (version-body.ts). Written as
 * every stored file is (durable-file.ts): a crash leaves the old file or the
 * new, never half of one.
 */

const EXTENSION = '.ydoc';
export class VersionStore {
  constructor(private readonly paths: DataPaths) {}

  async put(programId: string, versionId: string, body: Uint8Array): Promise<void> {
    const directory = this.directoryOf(programId);
    await mkdir(directory, { recursive: true });
    await replaceFileDurably(this.fileOf(programId, versionId), encodeVersionBody(body));
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
    const body = decodeVersionBody(bytes);
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
      const header = Buffer.alloc(VERSION_HEADER_BYTES);
      const { bytesRead } = await handle.read(header, 0, VERSION_HEADER_BYTES, 0);
      const whole = isWholeHeader(header.subarray(0, bytesRead), size);
      return { versionId, size: Math.max(0, size - VERSION_HEADER_BYTES), damaged: !whole };
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
