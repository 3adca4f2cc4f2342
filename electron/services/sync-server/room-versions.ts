import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

import { isMissingFile, replaceFileDurably } from '../storage/durable-file';
import { KeyedQueue } from '../storage/keyed-queue';
import { PRIVATE_DIRECTORY, PRIVATE_FILE } from './file-modes';
import type { Stored, VersionBodies } from './server-storage';

/**
 * The version bodies of the rooms, each as the client sent it (the version-body
 * file format, already checked by the caller), in rooms/<program id>.versions/
 * <version id>.ydoc beside the room's own file. A body is written once and never
 * changed: its id names one state of the program, so a second PUT of the same id
 * must bring the same bytes.
 */

const EXTENSION = '.ydoc';

export class RoomVersions implements VersionBodies {
  /** One write at a time per room, so that two uploads never both pass the count. */
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly roomsDirectory: string,
    private readonly maxPerRoom: number,
  ) {}

  /** Callers pass ids already checked (a program id, a version id): they name files. */
  put(programId: string, versionId: string, file: Buffer): Promise<Stored> {
    return this.queue.run(programId, async () => {
      const existing = await this.get(programId, versionId);
      if (existing !== null) return existing.equals(file) ? 'already-stored' : 'different';
      if ((await this.count(programId)) >= this.maxPerRoom) return 'full';
      await mkdir(this.directoryOf(programId), { recursive: true, mode: PRIVATE_DIRECTORY });
      await replaceFileDurably(this.fileOf(programId, versionId), file, undefined, PRIVATE_FILE);
      return 'stored';
    });
  }

  async get(programId: string, versionId: string): Promise<Buffer | null> {
    try {
      return await readFile(this.fileOf(programId, versionId));
    } catch (error) {
      if (isMissingFile(error)) return null;
      throw error;
    }
  }

  /** Deletes every body of a program (its owner removed it with its data), after any write under way. */
  eraseAll(programId: string): Promise<void> {
    return this.queue.run(programId, () =>
      rm(this.directoryOf(programId), { recursive: true, force: true }),
    );
  }

  /** Resolves when every write queued so far has reached the disk. */
  idle(): Promise<void> {
    return this.queue.idle();
  }

  private async count(programId: string): Promise<number> {
    try {
      const names = await readdir(this.directoryOf(programId));
      return names.filter((name) => name.endsWith(EXTENSION)).length;
    } catch (error) {
      if (isMissingFile(error)) return 0;
      throw error;
    }
  }

  private directoryOf(programId: string): string {
    return join(this.roomsDirectory, `${programId}.versions`);
  }

  private fileOf(programId: string, versionId: string): string {
    return join(this.directoryOf(programId), `${versionId}${EXTENSION}`);
  }
}
