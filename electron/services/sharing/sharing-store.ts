import { join } from 'node:path';

import type { Low } from 'lowdb';
import { z } from 'zod';

import { programId } from '../../../shared/host-api/schemas';
import { inviteSchema } from '../../../shared/sync/invite';
import type { Logger } from '../logger';
import { openJsonRecord } from './json-record';

/**
 * <data>/sharing.json: for each shared program, its sync server and secret key.
 *
 * Keys live here, not in the program's Yjs document: the document travels to
 * every co-tutor and server, into exports and .cotutor files, and its history
 * keeps every value ever set, so a rotated key could never be taken back. Nor do
 * they live in library.json, which is a cache that may be rebuilt from the
 * program files, and a key cannot be rebuilt. The file is readable by its owner only.
 */

const key = inviteSchema.shape.key;

const sharingSchema = z.object({ serverUrl: z.string(), key, keySince: z.iso.datetime() });
export type StoredSharing = z.infer<typeof sharingSchema>;

/**
 * A key sent to a server whose answer never came (a timeout, a crash). The server
 * may have taken it, so the next attempt sends the same key again; the server
 * treats that repeat as a success (shared/sync/room.ts), and nobody is locked out.
 */
const pendingSchema = z.object({ serverUrl: z.string(), key });
export type PendingKey = z.infer<typeof pendingSchema>;

const recordSchema = z.object({
  current: sharingSchema.nullable(),
  pending: pendingSchema.nullable(),
});
type SharingRecord = z.infer<typeof recordSchema>;

const fileSchema = z.object({
  format: z.literal('cotutor-sharing'),
  version: z.literal(1),
  programs: z.record(programId, recordSchema),
});
type SharingFile = z.infer<typeof fileSchema>;

const emptyFile = (): SharingFile => ({ format: 'cotutor-sharing', version: 1, programs: {} });

export class SharingStore {
  private constructor(private readonly db: Low<SharingFile>) {}

  static async open(dataDirectory: string, log: Logger): Promise<SharingStore> {
    const db = await openJsonRecord({
      file: join(dataDirectory, 'sharing.json'),
      parse: (value) => fileSchema.parse(value),
      empty: emptyFile,
      log,
      holds: 'the servers and keys of shared programs',
      mode: 0o600,
    });
    return new SharingStore(db);
  }

  get(id: string): StoredSharing | null {
    return this.record(id)?.current ?? null;
  }

  isShared(id: string): boolean {
    return this.get(id) !== null;
  }

  /** The key last sent to `serverUrl` for this program without an answer, if any. */
  pending(id: string, serverUrl: string): string | null {
    const pending = this.record(id)?.pending;
    return pending?.serverUrl === serverUrl ? pending.key : null;
  }

  /** Written before the key is sent, so that a lost answer never loses the key. */
  notePending(id: string, pending: PendingKey): Promise<void> {
    return this.update(id, { current: this.get(id), pending });
  }

  dropPending(id: string): Promise<void> {
    return this.update(id, { current: this.get(id), pending: null });
  }

  remember(id: string, sharing: StoredSharing): Promise<void> {
    return this.update(id, { current: sharing, pending: null });
  }

  async forget(id: string): Promise<void> {
    if (this.record(id) === undefined) return;
    const { [id]: _forgotten, ...others } = this.db.data.programs;
    this.db.data = { ...this.db.data, programs: others };
    await this.db.write();
  }

  private record(id: string): SharingRecord | undefined {
    return Object.hasOwn(this.db.data.programs, id) ? this.db.data.programs[id] : undefined;
  }

  private async update(id: string, record: SharingRecord): Promise<void> {
    if (record.current === null && record.pending === null) return this.forget(id);
    this.db.data = { ...this.db.data, programs: { ...this.db.data.programs, [id]: record } };
    await this.db.write();
  }
}
