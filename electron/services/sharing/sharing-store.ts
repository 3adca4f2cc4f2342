import { join } from 'node:path';

import type { Low } from 'lowdb';
import { z } from 'zod';

import { programId } from '../../../shared/host-api/schemas';
import { CERTIFICATE_PIN, inviteSchema } from '../../../shared/sync/invite';
import type { Logger } from '../logger';
import { openJsonRecord } from './json-record';

/**
 * <data>/sharing.json: for each shared program, its sync server and secret key;
 * for a program shared from this computer also its owner secret; for each
 * server the user configured, the registration code it asks for; and for each
 * server hosted on a co-tutor's computer, the pin of its certificate, from the
 * invite it was joined with (shared/sync/invite.ts).
 *
 * Keys live here, not in the program's Yjs document: the document travels to
 * every co-tutor and server, into exports and .cotutor files, and its history
 * keeps every value ever set, so a rotated key could never be taken back. Nor do
 * they live in library.json, which is a cache that may be rebuilt from the
 * program files, and a key cannot be rebuilt. The owner secret and the
 * registration codes are never put in an invite: they stay in this file, which
 * is readable by its owner only.
 */

const secret = inviteSchema.shape.key;

/**
 * - `owner`: shared from this computer, which holds the owner secret (it alone
 *   changes the key or stops the sharing on the server);
 * - `invitee`: joined from an invite;
 * - `unknown`: shared or joined before the role was recorded. Such a program may
 *   try what an owner does: the server tells (a room without an owner accepts
 *   the holder of its key as owner, docs/sharing.md).
 */
export const SHARING_ROLES = ['owner', 'invitee', 'unknown'] as const;

const sharingV1 = z.object({ serverUrl: z.string(), key: secret, keySince: z.iso.datetime() });
const sharingSchema = sharingV1.extend({
  role: z.enum(SHARING_ROLES),
  ownerSecret: secret.optional(),
});
export type StoredSharing = z.infer<typeof sharingSchema>;

/**
 * A key sent to a server whose answer never came (a timeout, a crash). The server
 * may have taken it, so the next attempt sends the same key (and owner secret)
 * again; the server treats that repeat as a success, and nobody is locked out.
 */
const pendingSchema = z.object({
  serverUrl: z.string(),
  key: secret,
  ownerSecret: secret.optional(),
});
export type PendingKey = z.infer<typeof pendingSchema>;

const recordSchema = z.object({
  current: sharingSchema.nullable(),
  pending: pendingSchema.nullable(),
});
type SharingRecord = z.infer<typeof recordSchema>;

/** What the server asks of whoever registers a room there (docs/deploy.md). */
const serverSchema = z.object({ registrationCode: z.string().min(1).max(1024) });

const fileSchema = z.object({
  format: z.literal('cotutor-sharing'),
  version: z.literal(2),
  programs: z.record(programId, recordSchema),
  servers: z.record(z.string(), serverSchema),
  /** Server address → certificate pin; files written before pins have none. */
  pins: z.record(z.string(), z.string().regex(CERTIFICATE_PIN)).default({}),
});
type SharingFile = z.infer<typeof fileSchema>;

/** Version 1 knew neither roles, owner secrets nor servers: its programs read as `unknown`. */
const fileV1 = z.object({
  format: z.literal('cotutor-sharing'),
  version: z.literal(1),
  programs: z.record(
    programId,
    z.object({ current: sharingV1.nullable(), pending: pendingSchema.nullable() }),
  ),
});

export function parseSharingFile(value: unknown): SharingFile {
  const old = fileV1.safeParse(value);
  if (!old.success) return fileSchema.parse(value);
  const programs = Object.fromEntries(
    Object.entries(old.data.programs).map(([id, record]) => [
      id,
      {
        current: record.current === null ? null : { ...record.current, role: 'unknown' as const },
        pending: record.pending,
      },
    ]),
  );
  return { format: 'cotutor-sharing', version: 2, programs, servers: {}, pins: {} };
}

const emptyFile = (): SharingFile => ({
  format: 'cotutor-sharing',
  version: 2,
  programs: {},
  servers: {},
  pins: {},
});

export class SharingStore {
  private constructor(private readonly db: Low<SharingFile>) {}

  static async open(dataDirectory: string, log: Logger): Promise<SharingStore> {
    const db = await openJsonRecord({
      file: join(dataDirectory, 'sharing.json'),
      parse: parseSharingFile,
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

  /** What was last sent to `serverUrl` for this program without an answer, if anything. */
  pending(id: string, serverUrl: string): PendingKey | null {
    const pending = this.record(id)?.pending;
    return pending?.serverUrl === serverUrl ? pending : null;
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

  /** The registration code the user gave for this server, if any. */
  registrationCode(serverUrl: string): string | undefined {
    const servers = this.db.data.servers;
    return Object.hasOwn(servers, serverUrl) ? servers[serverUrl]?.registrationCode : undefined;
  }

  /** Keeps (or, with null, forgets) the registration code of a server. */
  async setRegistrationCode(serverUrl: string, code: string | null): Promise<void> {
    if ((code ?? undefined) === this.registrationCode(serverUrl)) return;
    const { [serverUrl]: _previous, ...others } = this.db.data.servers;
    const servers = code === null ? others : { ...others, [serverUrl]: { registrationCode: code } };
    this.db.data = { ...this.db.data, servers };
    await this.db.write();
  }

  /** Every server a program is shared on here, or was last sent a key to. */
  serverUrls(): string[] {
    const urls = Object.values(this.db.data.programs).flatMap((record) => [
      ...(record.current === null ? [] : [record.current.serverUrl]),
      ...(record.pending === null ? [] : [record.pending.serverUrl]),
    ]);
    return [...new Set(urls)];
  }

  /** The programs shared on `from` are shared on `to`: the same server at a new address. */
  async moveServer(from: string, to: string): Promise<void> {
    const move = <T extends { serverUrl: string } | null>(entry: T): T =>
      entry !== null && entry.serverUrl === from ? { ...entry, serverUrl: to } : entry;
    const programs = Object.fromEntries(
      Object.entries(this.db.data.programs).map(([id, record]) => [
        id,
        { current: move(record.current), pending: move(record.pending) },
      ]),
    );
    this.db.data = { ...this.db.data, programs };
    await this.db.write();
  }

  /** The certificate pin of a server joined through a pinned invite, if any. */
  pin(serverUrl: string): string | undefined {
    const pins = this.db.data.pins;
    return Object.hasOwn(pins, serverUrl) ? pins[serverUrl] : undefined;
  }

  /** Every pinned server, for checking the certificates the window's connections meet. */
  pins(): ReadonlyMap<string, string> {
    return new Map(Object.entries(this.db.data.pins));
  }

  /**
   * Keeps the pin the latest invite for this server gave (or, with undefined,
   * forgets it: a server joined without a pin has a certificate of its own).
   */
  async setPin(serverUrl: string, pin: string | undefined): Promise<void> {
    if (pin === this.pin(serverUrl)) return;
    const { [serverUrl]: _previous, ...others } = this.db.data.pins;
    const pins = pin === undefined ? others : { ...others, [serverUrl]: pin };
    this.db.data = { ...this.db.data, pins };
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
