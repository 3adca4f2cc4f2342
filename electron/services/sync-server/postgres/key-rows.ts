import type { KeyRecords } from '../server-storage';
import type { Database } from './database';
import { KEY_CHANNEL } from './notify';

/**
 * The room keys in room_keys, one jsonb row per room: RoomKeys' record as it
 * is, so a field added to the record needs no change to the table. A write
 * stores its room's row, and every row an earlier write failed to store, in one
 * transaction: a change whose write failed is stored by the next one, as the
 * key file (always rewritten whole) does. Every server process on the database
 * hears of the change (KEY_CHANNEL) and reads the row again.
 */
export class KeyRows implements KeyRecords {
  private readonly unwritten = new Set<string>();
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly database: Database,
    readonly place: string,
  ) {}

  async read<R>(parse: (record: unknown) => R): Promise<Map<string, R>> {
    const { rows } = await this.database.query<{ room: string; record: unknown }>(
      'SELECT room, record FROM room_keys',
    );
    return new Map(rows.map((row) => [row.room, parse(row.record)]));
  }

  async readOne<R>(room: string, parse: (record: unknown) => R): Promise<R | undefined> {
    const { rows } = await this.database.query<{ record: unknown }>(
      'SELECT record FROM room_keys WHERE room = $1',
      [room],
    );
    const row = rows[0];
    return row === undefined ? undefined : parse(row.record);
  }

  write<R>(room: string, rooms: ReadonlyMap<string, R>): Promise<void> {
    this.unwritten.add(room);
    // One at a time: a later write never lands before an earlier one.
    const written = this.writing.then(() => this.writeUnwritten(rooms));
    this.writing = written.catch(() => undefined);
    return written;
  }

  private async writeUnwritten<R>(rooms: ReadonlyMap<string, R>): Promise<void> {
    const batch = [...this.unwritten];
    if (batch.length === 0) return;
    await this.database.transaction(async (client) => {
      for (const room of batch) {
        const record = rooms.get(room);
        await (record === undefined
          ? client.query('DELETE FROM room_keys WHERE room = $1', [room])
          : client.query(
              `INSERT INTO room_keys (room, record) VALUES ($1, $2)
               ON CONFLICT (room) DO UPDATE SET record = excluded.record, updated_at = now()`,
              [room, JSON.stringify(record)],
            ));
        // Delivered on commit to every server process on the database (notify.ts).
        await client.query('SELECT pg_notify($1, $2)', [KEY_CHANNEL, room]);
      }
    });
    for (const room of batch) this.unwritten.delete(room);
  }
}
