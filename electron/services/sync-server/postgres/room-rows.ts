import * as Y from 'yjs';

import { messageOf } from '../../../../shared/errors/message-of';
import { type LoadedRoom, RoomDamaged, type RoomLog, type RoomLogs } from '../server-storage';
import type { Database } from './database';

/** A stored row Yjs cannot apply: the room is refused and its rows are left as they are. */
export class RoomRowsDamaged extends RoomDamaged {
  override readonly event = 'room-rows-damaged';
}

/**
 * A room in PostgreSQL: its compacted state (room_states, at most one row) and
 * the updates appended since (room_updates, one row each). Loading applies the
 * state, then the updates in id order. Each append is one INSERT of the whole
 * batch, which PostgreSQL commits as one transaction, so a kill at any moment
 * leaves the batch stored whole or not at all.
 */
class RoomRows implements RoomLog {
  // A room without rows simply gets its updates appended: no file to create first.
  readonly exists = true;

  constructor(
    private readonly database: Database,
    private readonly room: string,
    public frames: number,
    public bytes: number,
    public stateBytes: number,
    /** The last update id this server knows to be in the room: what a compaction may delete. */
    private lastId: string,
  ) {}

  async append(updates: readonly Uint8Array[]): Promise<void> {
    const { rows } = await this.database.query<{ id: string }>(
      `INSERT INTO room_updates (room, data)
       SELECT $1, data FROM unnest($2::bytea[]) WITH ORDINALITY AS batch(data, position)
       ORDER BY position
       RETURNING id`,
      [this.room, updates],
    );
    for (const row of rows) if (BigInt(row.id) > BigInt(this.lastId)) this.lastId = row.id;
    this.frames += updates.length;
    this.bytes += updates.reduce((sum, update) => sum + update.byteLength, 0);
  }

  /**
   * The state replaces the updates it holds, in one transaction: a kill leaves
   * the old state and updates, or the new state alone, never neither. `state`
   * comes from Y.encodeStateAsUpdate of the live document, never from
   * Y.mergeUpdates (Yjs 13.6.30–31 can drop content when merging).
   */
  async replace(state: Uint8Array): Promise<void> {
    await this.database.transaction(async (client) => {
      await client.query(
        `INSERT INTO room_states (room, state, through_id) VALUES ($1, $2, $3)
         ON CONFLICT (room) DO UPDATE
           SET state = excluded.state, through_id = excluded.through_id, compacted_at = now()`,
        [this.room, state, this.lastId],
      );
      // Only updates this server has in its document: a later one stays.
      await client.query('DELETE FROM room_updates WHERE room = $1 AND id <= $2', [
        this.room,
        this.lastId,
      ]);
    });
    this.frames = 1;
    this.bytes = state.byteLength;
    this.stateBytes = state.byteLength;
  }
}

type StateRow = { state: Buffer; through_id: string };
type UpdateRow = { id: string; data: Buffer };

export function roomRows(database: Database): RoomLogs {
  return {
    erase: (room) =>
      database.transaction(async (client) => {
        await client.query('DELETE FROM room_updates WHERE room = $1', [room]);
        await client.query('DELETE FROM room_states WHERE room = $1', [room]);
      }),
    load: async (room, doc, origin): Promise<LoadedRoom> => {
      // One snapshot for both tables, so that no compaction falls between the two reads.
      const { state, updates } = await database.transaction(async (client) => {
        const states = await client.query<StateRow>(
          'SELECT state, through_id FROM room_states WHERE room = $1',
          [room],
        );
        const appended = await client.query<UpdateRow>(
          'SELECT id, data FROM room_updates WHERE room = $1 ORDER BY id',
          [room],
        );
        return { state: states.rows[0], updates: appended.rows };
      }, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      let applying = state === undefined ? '' : 'the compacted state';
      try {
        doc.transact(() => {
          if (state !== undefined) Y.applyUpdate(doc, state.state, origin);
          for (const update of updates) {
            applying = `update ${update.id}`;
            Y.applyUpdate(doc, update.data, origin);
          }
        }, origin);
      } catch (error) {
        throw new RoomRowsDamaged(`${applying} could not be applied: ${messageOf(error)}`);
      }
      const lastId = updates.at(-1)?.id ?? state?.through_id ?? '0';
      const bytes =
        (state?.state.byteLength ?? 0) +
        updates.reduce((sum, update) => sum + update.data.byteLength, 0);
      const log = new RoomRows(
        database,
        room,
        updates.length + (state === undefined ? 0 : 1),
        bytes,
        Y.encodeStateAsUpdate(doc).byteLength,
        lastId,
      );
      return { log, tornBytes: 0 };
    },
  };
}
