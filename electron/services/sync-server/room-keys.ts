import { createHash, timingSafeEqual } from 'node:crypto';

import { z } from 'zod';

import { messageOf } from '../../../shared/errors/message-of';
import { DurableJsonFile } from '../storage/durable-json-file';

/**
 * The keys of the rooms and their owners' secrets, kept only as hashes in
 * <data>/room-keys.json.
 *
 * A plain SHA-256 is enough here, unlike for passwords: a room key and an owner
 * secret are 128 or more random bits made by the app (shared/sync/invite.ts), so
 * there is no dictionary to try and a slow hash would only slow every connection
 * down. A stolen key file therefore lets nobody into a room, nor rotate its key.
 *
 * The room key opens the room (every co-tutor holds it); the owner secret, held
 * only by whoever shared the program, changes the key or removes the room.
 */

const digest = z.string().regex(/^[0-9a-f]{64}$/);
const roomKeyRecord = z.object({
  keyHash: digest,
  /** Missing for rooms registered before owners existed: see claimOwner below. */
  ownerHash: digest.optional(),
  registeredAt: z.string(),
  rotatedAt: z.string().optional(),
});
type RoomKeyRecord = z.infer<typeof roomKeyRecord>;

const rooms = z.record(z.string(), roomKeyRecord);
// Version 1 had no owner hashes; its records read as rooms without an owner. The
// file is written as version 2 only, so a server of before cannot read it back and
// silently drop the owners (zod would strip the field it does not know).
const roomKeysFile = z.union([
  z.object({ version: z.literal(1), rooms }),
  z.object({ version: z.literal(2), rooms }),
]);
type RoomKeysFile = z.infer<typeof roomKeysFile>;

export type KeyCheck = 'ok' | 'unknown-room' | 'wrong-key';
export type Registration =
  'registered' | 'already-registered' | 'taken' | 'not-owner' | 'being-removed';
export type Rotation = 'rotated' | 'already-rotated' | 'unknown-room' | 'wrong-key' | 'not-owner';
export type OwnerCheck = 'ok' | 'unknown-room' | 'wrong-key' | 'not-owner';

/** What proves a request comes from the room's owner. */
export type OwnerProof = {
  ownerSecret: string;
  /** The current room key: only a room without an owner yet needs it (see claimOwner). */
  key?: string | undefined;
};

export class RoomKeys {
  private saving: Promise<void> = Promise.resolve();
  /** Rooms being removed: closed to everyone at once, before their key leaves the file. */
  private readonly removing = new Set<string>();

  private constructor(
    private readonly file: DurableJsonFile<RoomKeysFile>,
    private readonly rooms: Map<string, RoomKeyRecord>,
  ) {}

  /** Fails on an unreadable file rather than starting empty: that would let anyone claim every room. */
  static async open(path: string): Promise<RoomKeys> {
    const file = new DurableJsonFile(path, (value) => roomKeysFile.parse(value));
    let stored: RoomKeysFile | null;
    try {
      stored = await file.read();
    } catch (error) {
      throw new Error(
        `The room key file ${path} cannot be read (${messageOf(error)}). ` +
          'Restore it from a backup, or move it away to start with no registered rooms.',
        { cause: error },
      );
    }
    return new RoomKeys(file, new Map(Object.entries(stored?.rooms ?? {})));
  }

  check(room: string, key: string): KeyCheck {
    const record = this.rooms.get(room);
    if (record === undefined || this.removing.has(room)) return 'unknown-room';
    return matches(record.keyHash, key) ? 'ok' : 'wrong-key';
  }

  /**
   * A room takes the first key registered for it, and the owner secret sent with
   * it. Registering the same key and secret again succeeds, so that a client whose
   * first request timed out can simply retry.
   */
  async register(room: string, key: string, ownerSecret: string): Promise<Registration> {
    if (this.removing.has(room)) return 'being-removed';
    const record = this.rooms.get(room);
    if (record === undefined) {
      this.rooms.set(room, {
        keyHash: hashOf(key),
        ownerHash: hashOf(ownerSecret),
        registeredAt: new Date().toISOString(),
      });
      await this.save();
      return 'registered';
    }
    if (!matches(record.keyHash, key)) return 'taken';
    if (record.ownerHash === undefined) {
      await this.claimOwner(room, record, ownerSecret);
      return 'already-registered';
    }
    return matches(record.ownerHash, ownerSecret) ? 'already-registered' : 'not-owner';
  }

  /**
   * Only the owner changes the key. Idempotent: a retried rotation finds the new
   * key in place and answers 'already-rotated' (nobody is disconnected again).
   */
  async rotate(room: string, proof: OwnerProof, newKey: string): Promise<Rotation> {
    const record = this.rooms.get(room);
    if (record === undefined || this.removing.has(room)) return 'unknown-room';
    const owner = this.ownerOf(record, proof);
    if (owner !== 'ok') return owner;
    if (matches(record.keyHash, newKey)) {
      if (record.ownerHash === undefined) await this.claimOwner(room, record, proof.ownerSecret);
      return 'already-rotated';
    }
    this.rooms.set(room, {
      ...record,
      keyHash: hashOf(newKey),
      ownerHash: record.ownerHash ?? hashOf(proof.ownerSecret),
      rotatedAt: new Date().toISOString(),
    });
    await this.save();
    return 'rotated';
  }

  /** Whether `proof` is the owner's, without changing anything. */
  checkOwner(room: string, proof: OwnerProof): OwnerCheck {
    const record = this.rooms.get(room);
    if (record === undefined) return 'unknown-room';
    return this.ownerOf(record, proof);
  }

  /**
   * Closes the room to every key at once (check() answers 'unknown-room', a new
   * registration 'being-removed') while its connections close and its data goes;
   * `remove` then takes the key out of the file, `cancelRemoval` puts things back.
   */
  beginRemoval(room: string): void {
    this.removing.add(room);
  }

  cancelRemoval(room: string): void {
    this.removing.delete(room);
  }

  async remove(room: string): Promise<void> {
    this.rooms.delete(room);
    try {
      await this.save();
    } finally {
      this.removing.delete(room);
    }
  }

  /** Resolves when every write so far has reached the disk. */
  idle(): Promise<void> {
    return this.saving;
  }

  /**
   * A room registered before owners existed has no owner hash. The first holder of
   * its current key who proves it (by registering it again, rotating it, or
   * stopping it) with an owner secret becomes its owner: until then every holder of
   * the key could already rotate it, so this gives nobody a power they lacked, and
   * from then on only that secret rotates or removes the room.
   */
  private ownerOf(record: RoomKeyRecord, proof: OwnerProof): OwnerCheck {
    if (record.ownerHash !== undefined) {
      return matches(record.ownerHash, proof.ownerSecret) ? 'ok' : 'not-owner';
    }
    if (proof.key === undefined) return 'not-owner';
    return matches(record.keyHash, proof.key) ? 'ok' : 'wrong-key';
  }

  private async claimOwner(
    room: string,
    record: RoomKeyRecord,
    ownerSecret: string,
  ): Promise<void> {
    this.rooms.set(room, { ...record, ownerHash: hashOf(ownerSecret) });
    await this.save();
  }

  /**
   * The map is changed before the write, so that two requests never both see a
   * room without a key; a failed write answers 500 and the client's retry (which
   * is idempotent, above) writes the file again.
   */
  private save(): Promise<void> {
    // DurableJsonFile serializes writes, so the last one written holds every change.
    const written = this.file.write({ version: 2, rooms: Object.fromEntries(this.rooms) });
    this.saving = written.catch(() => undefined);
    return written;
  }
}

function hashOf(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** Both sides are 32-byte digests, so the comparison takes the same time whatever the secret. */
function matches(storedHash: string, secret: string): boolean {
  const given = createHash('sha256').update(secret, 'utf8').digest();
  return timingSafeEqual(given, Buffer.from(storedHash, 'hex'));
}
