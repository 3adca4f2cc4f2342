import { KeyedQueue } from '../../storage/keyed-queue';
import type { Stored, VersionBodies } from '../server-storage';
import type { Database } from './database';

/**
 * Version bodies in room_versions, one row each, as the client sent them. A
 * body is stored once: the count check and the insert run in one transaction,
 * under a lock on the room (here a queue, and an advisory lock for servers that
 * share the database), so two uploads never both pass the limit.
 */
export class VersionRows implements VersionBodies {
  private readonly queue = new KeyedQueue();

  constructor(
    private readonly database: Database,
    private readonly maxPerRoom: number,
  ) {}

  put(programId: string, versionId: string, body: Buffer): Promise<Stored> {
    return this.queue.run(programId, () =>
      this.database.transaction(async (client) => {
        await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
          `room-versions:${programId}`,
        ]);
        const existing = await client.query<{ body: Buffer }>(
          'SELECT body FROM room_versions WHERE room = $1 AND version_id = $2',
          [programId, versionId],
        );
        const stored = existing.rows[0];
        if (stored !== undefined) return stored.body.equals(body) ? 'already-stored' : 'different';
        const count = await client.query<{ count: string }>(
          'SELECT count(*) AS count FROM room_versions WHERE room = $1',
          [programId],
        );
        if (Number(count.rows[0]?.count ?? 0) >= this.maxPerRoom) return 'full';
        await client.query(
          'INSERT INTO room_versions (room, version_id, body) VALUES ($1, $2, $3)',
          [programId, versionId, body],
        );
        return 'stored';
      }),
    );
  }

  async get(programId: string, versionId: string): Promise<Buffer | null> {
    const { rows } = await this.database.query<{ body: Buffer }>(
      'SELECT body FROM room_versions WHERE room = $1 AND version_id = $2',
      [programId, versionId],
    );
    return rows[0]?.body ?? null;
  }

  eraseAll(programId: string): Promise<void> {
    return this.queue.run(programId, async () => {
      await this.database.query('DELETE FROM room_versions WHERE room = $1', [programId]);
    });
  }

  idle(): Promise<void> {
    return this.queue.idle();
  }
}
