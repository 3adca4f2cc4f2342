import { createHash, timingSafeEqual } from 'node:crypto';

import { z } from 'zod';

import { messageOf } from '../../../shared/errors/message-of';
import type { KeyRecords } from './server-storage';

/**
 * The keys of the rooms, kept only as hashes (in <data>/room-keys.json, or in
 * the database: server-storage.ts).
 *
 * A plain SHA-256 is enough here, unlike for passwords: a room key is 128 or more
 * random bits made by the app (shared/sync/invite.ts), so there is no dictionary to
 * try and a slow hash would only slow every connection down. A stolen key file
 * therefore lets nobody into a room.
 */

const roomKeyRecord = z.object({
  keyHash: z.string().regex(/^[0-9a-f]{64}$/),
  registeredAt: z.string(),
  rotatedAt: z.string().optional(),
});
type RoomKeyRecord = z.infer<typeof roomKeyRecord>;

export type KeyCheck = 'ok' | 'unknown-room' | 'wrong-key';
export type Registration = 'registered' | 'already-registered' | 'taken';
export type Rotation = 'rotated' | 'already-rotated' | 'unknown-room' | 'wrong-key';

export class RoomKeys {
  private saving: Promise<void> = Promise.resolve();

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

  check(room: string, key: string): KeyCheck {
    const record = this.rooms.get(room);
    if (record === undefined) return 'unknown-room';
    return matches(record, key) ? 'ok' : 'wrong-key';
  }

  /**
   * A room takes the first key registered for it. Registering the same key again
   * succeeds, so that a client whose first request timed out can simply retry.
   */
  async register(room: string, key: string): Promise<Registration> {
    const record = this.rooms.get(room);
    if (record !== undefined) return matches(record, key) ? 'already-registered' : 'taken';
    this.rooms.set(room, { keyHash: hashOf(key), registeredAt: new Date().toISOString() });
    await this.save(room);
    return 'registered';
  }

  /** Also idempotent: a retried rotation (old key, new key) finds the new key in place. */
  async rotate(room: string, key: string, newKey: string): Promise<Rotation> {
    const record = this.rooms.get(room);
    if (record === undefined) return 'unknown-room';
    if (!matches(record, key)) return matches(record, newKey) ? 'already-rotated' : 'wrong-key';
    this.rooms.set(room, {
      ...record,
      keyHash: hashOf(newKey),
      rotatedAt: new Date().toISOString(),
    });
    await this.save(room);
    return 'rotated';
  }

  /** Resolves when every write so far has reached the disk. */
  idle(): Promise<void> {
    return this.saving;
  }

  /**
   * The map is changed before the write, so that two requests never both see a
   * room without a key; a failed write answers 500, and the next write stores
   * the change again (the stores keep every change not yet written).
   */
  private save(room: string): Promise<void> {
    const written = this.records.write(room, this.rooms);
    this.saving = written.catch(() => undefined);
    return written;
  }
}

function hashOf(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Both sides are 32-byte digests, so the comparison takes the same time whatever the key. */
function matches(record: RoomKeyRecord, key: string): boolean {
  const given = createHash('sha256').update(key, 'utf8').digest();
  return timingSafeEqual(given, Buffer.from(record.keyHash, 'hex'));
}
