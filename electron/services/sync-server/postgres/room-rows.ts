import pg from 'pg';
import * as Y from 'yjs';

import { messageOf } from '../../../../shared/errors/message-of';
import { type LoadedRoom, RoomDamaged, type RoomLog, type RoomLogs } from '../server-storage';
import type { Database, Queryable } from './database';
import { ROOM_CHANNEL } from './notify';
import { ScriptBatch } from './script-batch';

/** A stored row Yjs cannot apply: the room is refused and its rows are left as they are. */
export class RoomRowsDamaged extends RoomDamaged {
  override readonly event = 'room-rows-damaged';
}

/** What a room gained in the database since a position: a newer compacted state, later rows. */
type Gained = { state: Buffer | null; updates: UpdateRow[]; through: bigint };

/**
 * A room in PostgreSQL: its compacted state (room_states, at most one row) and
 * the updates appended since (room_updates, one row each). Loading applies the
 * state, then the updates in id order. Each append is one INSERT of the whole
 * batch in one transaction (which the rooms appending in the same tick share),
 * so a kill at any moment leaves the batch stored whole or not at all.
 *
 * Several server processes may hold the same room for a moment (while the set
 * of processes behind the balancer changes). Every write of a room therefore
 * takes the room's advisory lock and gets its ids under it, so a room's rows
 * commit in id order, and "every row after the last one read" misses none. A
 * write first applies what the others stored since this process last read, and
 * tells them (NOTIFY) the position it wrote up to; the others read from their
 * own last position (catchUp). A compaction folds in, under the lock, every
 * row of the room, all of them now in the document, and takes a fresh position
 * for its state, so that the others read the state too: it may hold updates
 * that were still waiting for their group commit here.
 */
class RoomRows implements RoomLog {
  // A room without rows simply gets its updates appended: no file to create first.
  readonly exists = true;

  constructor(
    private readonly database: Database,
    private readonly appends: ScriptBatch,
    private readonly room: string,
    private readonly doc: Y.Doc,
    private readonly origin: unknown,
    public frames: number,
    public bytes: number,
    public stateBytes: number,
    /** Every row of the room up to this position is in the document. */
    private through: bigint,
  ) {}

  /**
   * Two statements in a simple query, which PostgreSQL runs as one implicit
   * transaction, committed when the last one ends, or rolled back whole if
   * either fails; the rooms that append in the same tick share the query
   * (ScriptBatch). The first takes the room's lock; the second reads what
   * others stored since this process last read, inserts the batch and tells
   * the others. Each statement of a simple query takes its own snapshot, so the
   * second's is taken with the lock held and sees every row committed before;
   * its own inserts it sees only through RETURNING. A simple query has no
   * parameters: the values go in as literals (appendScript).
   */
  async append(updates: readonly Uint8Array[]): Promise<void> {
    const results = await this.appends.run(
      this.room,
      appendScript(this.room, updates, this.through),
      APPEND_STATEMENTS,
    );
    const rows = (results.at(-1)?.rows ?? []) as GainedRow[];
    const written = rows.find((row) => row.kind === WRITTEN_KIND);
    const gained = gainedOf(
      rows.filter((row) => row.kind !== WRITTEN_KIND),
      this.through,
    );
    const last = BigInt(written?.id ?? '0');
    this.take(gained);
    // Under the lock nothing came between what was read and what was written.
    if (last > this.through) this.through = last;
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
    const { whole, through } = await this.database.transaction(async (client) => {
      await lockRoom(client, this.room);
      const gained = await gainedSince(client, this.room, this.through);
      // What another process stored meanwhile goes into the document, and so into the state.
      const whole = this.take(gained) ? Y.encodeStateAsUpdate(this.doc) : state;
      const { rows } = await client.query<{ through: string }>(
        "SELECT nextval(pg_get_serial_sequence('room_updates', 'id'))::text AS through",
      );
      const through = rows[0]?.through ?? '0';
      await client.query(
        `INSERT INTO room_states (room, state, through_id) VALUES ($1, $2, $3)
         ON CONFLICT (room) DO UPDATE
           SET state = excluded.state, through_id = excluded.through_id, compacted_at = now()`,
        [this.room, whole, through],
      );
      // Under the lock, every row of the room is now in the document, and so in the state.
      await client.query('DELETE FROM room_updates WHERE room = $1 AND id < $2', [
        this.room,
        through,
      ]);
      await client.query('SELECT pg_notify($1, $2)', [ROOM_CHANNEL, `${through} ${this.room}`]);
      return { whole, through: BigInt(through) };
    });
    this.through = through;
    this.frames = 1;
    this.bytes = whole.byteLength;
    this.stateBytes = whole.byteLength;
  }

  async catchUp(through?: bigint): Promise<void> {
    if (through !== undefined && through <= this.through) return;
    const gained = await this.database.transaction(
      (client) => gainedSince(client, this.room, this.through),
      'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
    );
    this.take(gained);
  }

  /** Applies what was gained (true if anything was) and counts it as the compaction policy does. */
  private take(gained: Gained): boolean {
    if (gained.through <= this.through) return false;
    applyRows(this.doc, gained, this.origin);
    if (gained.state !== null) {
      this.frames = 1;
      this.bytes = gained.state.byteLength;
    }
    this.frames += gained.updates.length;
    this.bytes += gained.updates.reduce((sum, update) => sum + update.data.byteLength, 0);
    this.through = gained.through;
    return true;
  }
}

/** The key of a room's advisory lock: the same expression wherever it is taken. */
const lockKey = (room: string) => `room-updates:${room}`;

/** Serializes the writes of one room across every process on the database. */
async function lockRoom(client: Queryable, room: string): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [lockKey(room)]);
}

/**
 * The statements of an append (RoomRows.append), with its values as literals: the
 * room's name escaped (it is checked where it comes in, besides), the updates in
 * hex, which has nothing to escape, and the position, a number this process
 * keeps.
 */
function appendScript(room: string, updates: readonly Uint8Array[], through: bigint): string {
  const name = pg.escapeLiteral(room);
  const batch = updates
    .map(
      (update) =>
        `decode('${Buffer.from(update.buffer, update.byteOffset, update.byteLength).toString('hex')}', 'hex')`,
    )
    .join(', ');
  return `SELECT pg_advisory_xact_lock(hashtextextended(${pg.escapeLiteral(lockKey(room))}, 0));
    WITH inserted AS (
      INSERT INTO room_updates (room, data)
      SELECT ${name}, data FROM unnest(ARRAY[${batch}]::bytea[]) WITH ORDINALITY AS batch(data, position)
      ORDER BY position
      RETURNING id
    ),
    told AS (
      SELECT max(id) AS last, pg_notify(${pg.escapeLiteral(ROOM_CHANNEL)}, max(id)::text || ' ' || ${name})
      FROM inserted
    )
    ${gainedRows(name, `${through.toString()}::bigint`)}
    UNION ALL
    SELECT ${WRITTEN_KIND}, last, NULL FROM told
    ORDER BY kind, id`;
}

/**
 * The room's state if compacted after a position, and its rows after it, for a
 * query in which `room` is the room and `through` the position (parameters or
 * literals): kinds 0 and 1 of GainedRow.
 */
const gainedRows = (room: string, through: string) =>
  `SELECT 0 AS kind, through_id AS id, state AS data FROM room_states
   WHERE room = ${room} AND through_id > ${through}
   UNION ALL
   SELECT 1, id, data FROM room_updates WHERE room = ${room} AND id > ${through}`;

/** The statements of appendScript: the lock, and the insert with what it read. */
const APPEND_STATEMENTS = 2;

/** The kind of the row that says up to where an append wrote. */
const WRITTEN_KIND = 2;

/**
 * The room's state if compacted after `through`, and its rows after `through`
 * in id order: one query, so that a write under the lock waits one round trip
 * less, and a read outside a transaction sees both tables at one moment.
 */
async function gainedSince(client: Queryable, room: string, through: bigint): Promise<Gained> {
  const { rows } = await client.query<GainedRow>(
    `SELECT kind, id, data FROM (${gainedRows('$1', '$2')}) AS gained
     ORDER BY kind, id`,
    [room, through.toString()],
  );
  return gainedOf(rows, through);
}

/** The gained state and updates of rows in kind and id order. */
function gainedOf(rows: readonly GainedRow[], through: bigint): Gained {
  const state = rows[0]?.kind === 0 ? rows[0] : undefined;
  const updates = rows.filter((row) => row.kind === 1);
  const last = [through, BigInt(state?.id ?? 0), BigInt(updates.at(-1)?.id ?? 0)];
  return {
    state: state?.data ?? null,
    updates,
    through: last.reduce((a, b) => (b > a ? b : a)),
  };
}

/** The state, then the updates in id order, in one transaction of the document. */
function applyRows(doc: Y.Doc, gained: Gained, origin: unknown): void {
  let applying = gained.state === null ? '' : 'the compacted state';
  try {
    doc.transact(() => {
      if (gained.state !== null) Y.applyUpdate(doc, gained.state, origin);
      for (const update of gained.updates) {
        applying = `update ${update.id}`;
        Y.applyUpdate(doc, update.data, origin);
      }
    }, origin);
  } catch (error) {
    throw new RoomRowsDamaged(`${applying} could not be applied: ${messageOf(error)}`);
  }
}

type UpdateRow = { id: string; data: Buffer };
/** kind 0: the compacted state (id: its position); 1: an appended update; 2: see WRITTEN_KIND. */
type GainedRow = UpdateRow & { kind: number };

export function roomRows(database: Database): RoomLogs {
  const appends = new ScriptBatch(database);
  return {
    erase: (room) =>
      database.transaction(async (client) => {
        await lockRoom(client, room);
        await client.query('DELETE FROM room_updates WHERE room = $1', [room]);
        await client.query('DELETE FROM room_states WHERE room = $1', [room]);
      }),
    load: async (room, doc, origin): Promise<LoadedRoom> => {
      // One snapshot for both tables, so that no compaction falls between the two reads.
      const gained = await database.transaction(
        // -1: a state compacted before any row was appended has position 0.
        (client) => gainedSince(client, room, -1n),
        'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY',
      );
      applyRows(doc, gained, origin);
      const bytes =
        (gained.state?.byteLength ?? 0) +
        gained.updates.reduce((sum, update) => sum + update.data.byteLength, 0);
      const log = new RoomRows(
        database,
        appends,
        room,
        doc,
        origin,
        gained.updates.length + (gained.state === null ? 0 : 1),
        bytes,
        Y.encodeStateAsUpdate(doc).byteLength,
        gained.through,
      );
      return { log, tornBytes: 0 };
    },
  };
}
