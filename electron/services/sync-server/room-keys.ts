import { createHash, timingSafeEqual } from 'node:crypto';

import { z } from 'zod';

import { messageOf } from '../../../shared/errors/message-of';
import type { KeyRecords } from './server-storage';

/**
 * The keys of the rooms and their owners' secrets, kept only as hashes (in
 * <data>/room-keys.json, or in the database: server-storage.ts).
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

export type KeyCheck = 'ok' | 'unknown-room' | 'wrong-key';
export type Registration =
  'registered' | 'already-registered' | 'taken' | 'not-owner' | 'being-removed';
export type Rotation = 'rotated' | 'already-rotated' | 'unknown-room' | 'wrong-key' | 'not-owner';
export type OwnerCheck = 'ok' | 'unknown-room' | 'wrong-key' | 'not-owner';
/** What reading a room's record again found another server process had done. */
export type KeyChange = 'rotated' | 'removed';

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
  /** Counts the changes made here, so that a record read meanwhile never undoes one. */
  private changesMade = 0;
  private onChange: (room: string, change: KeyChange) => void = () => undefined;

  private constructor(
    private readonly records: KeyRecords,
    private readonly rooms: Map<string, RoomKeyRecord>,
  ) {}

  /** Fails on unreadable records rather than starting empty: that would let anyone claim every room. */
  static async open(records: KeyRecords): Promise<RoomKeys> {
    let stored: Map<string, RoomKeyRecord>;
    try {
      stored = await records.read((record) => roomKeyRecord.parse(record));
    } catch (error) {
      throw new Error(
        `The room keys in ${records.place} cannot be read (${messageOf(error)}). ` +
          'Restore them from a backup, or move them away to start with no registered rooms.',
        { cause: error },
      );
    }
    return new RoomKeys(records, stored);
  }

  /** Called when a record read again shows another process rotated or removed the room's key. */
  follow(onChange: (room: string, change: KeyChange) => void): void {
    this.onChange = onChange;
  }

  /**
   * A store several server processes share: reads the room's record again,
   * since another process may have registered, rotated or removed it. Called
   * before a connection's key is checked and before a key request, and when the
   * store says the record changed.
   */
  async refresh(room: string): Promise<void> {
    const readOne = this.records.readOne?.bind(this.records);
    if (readOne === undefined) return;
    // What was changed here is stored first, so that the row read is never older.
    await this.saving;
    const before = this.changesMade;
    const record = await readOne(room, (stored) => roomKeyRecord.parse(stored));
    if (this.changesMade === before) this.take(room, record);
  }

  /** Reads every record again (changes may have gone unheard). */
  async refreshAll(): Promise<void> {
    if (this.records.readOne === undefined) return;
    await this.saving;
    const before = this.changesMade;
    const stored = await this.records.read((record) => roomKeyRecord.parse(record));
    if (this.changesMade !== before) return;
    for (const room of new Set([...this.rooms.keys(), ...stored.keys()])) {
      this.take(room, stored.get(room));
    }
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
      await this.save(room);
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
    await this.save(room);
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
      await this.save(room);
    } finally {
      this.removing.delete(room);
    }
  }

  /** Resolves when every write so far has reached the disk. */
  idle(): Promise<void> {
    return this.saving;
  }

  private take(room: string, record: RoomKeyRecord | undefined): void {
    // A room being removed here is already refused to everyone.
    if (this.removing.has(room)) return;
    const held = this.rooms.get(room);
    if (record === undefined) {
      if (held === undefined) return;
      this.rooms.delete(room);
      return this.onChange(room, 'removed');
    }
    this.rooms.set(room, record);
    if (held !== undefined && held.keyHash !== record.keyHash) this.onChange(room, 'rotated');
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
    await this.save(room);
  }

  /**
   * The map is changed before the write, so that two requests never both see a
   * room without a key; a failed write answers 500, and the next write stores
   * the change again (the stores keep every change not yet written).
   */
  private save(room: string): Promise<void> {
    this.changesMade++;
    const written = this.records.write(room, this.rooms);
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

/** Reads the room's record again where the store is shared; false when the store cannot answer. */
export async function keyIsCurrent(keys: RoomKeys, room: string): Promise<boolean> {
  try {
    await keys.refresh(room);
    return true;
  } catch {
    return false;
  }
}
