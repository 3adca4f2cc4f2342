import { join } from 'node:path';

import type { Low } from 'lowdb';
import { z } from 'zod';

import { VERSION_ID } from '../../../shared/history/version-list';
import { programId } from '../../../shared/host-api/schemas';
import type { Logger } from '../logger';
import { openJsonRecord } from './json-record';

/**
 * <data>/version-uploads.json: the version bodies kept here that a shared
 * program's sync server does not have yet, oldest first. Written before the
 * upload starts and cleared once the server has the body, so that a version kept
 * offline, or while the app was closing, goes up on a later attempt or launch.
 */

/** Twice what one program may keep on a server (2,500); beyond it the oldest go. */
export const MAX_PENDING_UPLOADS = 5_000;

const pendingUpload = z.object({ programId, versionId: z.string().regex(VERSION_ID) });
export type PendingUpload = z.infer<typeof pendingUpload>;

const fileSchema = z.object({
  format: z.literal('cotutor-version-uploads'),
  version: z.literal(1),
  pending: z.array(pendingUpload).max(MAX_PENDING_UPLOADS),
});
type UploadsFile = z.infer<typeof fileSchema>;

const emptyFile = (): UploadsFile => ({
  format: 'cotutor-version-uploads',
  version: 1,
  pending: [],
});

export class VersionUploadQueue {
  private constructor(private readonly db: Low<UploadsFile>) {}

  static async open(dataDirectory: string, log: Logger): Promise<VersionUploadQueue> {
    const db = await openJsonRecord({
      file: join(dataDirectory, 'version-uploads.json'),
      parse: (value) => fileSchema.parse(value),
      empty: emptyFile,
      log,
      holds: 'the versions still to upload to sync servers',
    });
    return new VersionUploadQueue(db);
  }

  pending(): readonly PendingUpload[] {
    return this.db.data.pending;
  }

  /** Adds uploads not queued yet, keeping the newest MAX_PENDING_UPLOADS. */
  async add(uploads: readonly PendingUpload[]): Promise<void> {
    const queued = new Set(this.db.data.pending.map(keyOf));
    const fresh = uploads.filter((upload) => !queued.has(keyOf(upload)));
    if (fresh.length === 0) return;
    const pending = [...this.db.data.pending, ...fresh].slice(-MAX_PENDING_UPLOADS);
    this.db.data = { ...this.db.data, pending };
    await this.db.write();
  }

  async remove(done: PendingUpload): Promise<void> {
    const pending = this.db.data.pending.filter((upload) => keyOf(upload) !== keyOf(done));
    if (pending.length === this.db.data.pending.length) return;
    this.db.data = { ...this.db.data, pending };
    await this.db.write();
  }
}

function keyOf(upload: PendingUpload): string {
  return `${upload.programId}/${upload.versionId}`;
}
