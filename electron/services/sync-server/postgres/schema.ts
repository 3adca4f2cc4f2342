import type { Database } from './database';

/**
 * The database's tables, as numbered migrations. A server applies the ones the
 * database lacks when it starts, in one transaction, holding an advisory lock so
 * that two servers starting at once do not both apply them. A migration, once
 * released, is never edited: a change is a new one appended here (docs/deploy.md,
 * "Upgrading").
 */
const MIGRATIONS: readonly string[] = [
  // 1: rooms, keys and version bodies.
  `CREATE TABLE room_updates (
     -- The order the updates were committed in; also what a compaction folded in.
     id bigserial PRIMARY KEY,
     room text NOT NULL,
     data bytea NOT NULL,
     stored_at timestamptz NOT NULL DEFAULT now()
   );
   CREATE INDEX room_updates_by_room ON room_updates (room, id);
   CREATE TABLE room_states (
     room text PRIMARY KEY,
     -- Y.encodeStateAsUpdate of the room's document when it was last compacted.
     state bytea NOT NULL,
     -- Every update of the room up to this id is in the state.
     through_id bigint NOT NULL,
     compacted_at timestamptz NOT NULL DEFAULT now()
   );
   CREATE TABLE room_keys (
     room text PRIMARY KEY,
     -- The key record as the server's code defines it (a hash, never a key).
     record jsonb NOT NULL,
     updated_at timestamptz NOT NULL DEFAULT now()
   );
   CREATE TABLE room_versions (
     room text NOT NULL,
     version_id text NOT NULL,
     body bytea NOT NULL,
     stored_at timestamptz NOT NULL DEFAULT now(),
     PRIMARY KEY (room, version_id)
   );`,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Any number; it only has to be the same for every Cotutor server on one database. */
const MIGRATION_LOCK = 0x636f7475;

/** Brings the schema to SCHEMA_VERSION; refuses a database a newer server has migrated. */
export async function migrate(database: Database): Promise<{ from: number; to: number }> {
  return database.transaction(async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_version (
      version integer PRIMARY KEY,
      applied_at timestamptz NOT NULL DEFAULT now()
    )`);
    const { rows } = await client.query<{ version: number | null }>(
      'SELECT max(version) AS version FROM schema_version',
    );
    const from = rows[0]?.version ?? 0;
    if (from > SCHEMA_VERSION) {
      throw new Error(
        `The database has schema version ${from}, newer than this server's ${SCHEMA_VERSION}: ` +
          'run the newer server, or restore a backup made before it.',
      );
    }
    for (let version = from + 1; version <= SCHEMA_VERSION; version++) {
      await client.query(MIGRATIONS[version - 1] ?? '');
      await client.query('INSERT INTO schema_version (version) VALUES ($1)', [version]);
    }
    return { from, to: SCHEMA_VERSION };
  });
}
