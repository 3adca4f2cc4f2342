import type { ServerStorage } from '../server-storage';
import type { SyncLog } from '../sync-log';
import { Database } from './database';
import { KeyRows } from './key-rows';
import { StoreNotices } from './notify';
import { roomRows } from './room-rows';
import { migrate } from './schema';
import { VersionRows } from './version-rows';

/**
 * The storage for a server on PostgreSQL (`--database postgres://…`): rooms,
 * keys and version bodies in one database, whose schema the server creates or
 * migrates when it starts (schema.ts). Several server processes may share the
 * database: each hears what the others store (notify.ts).
 */
export async function openPostgresStorage(
  connectionString: string,
  maxVersionsPerRoom: number,
  log: SyncLog,
): Promise<ServerStorage> {
  const database = await Database.connect(connectionString, log);
  let notices: StoreNotices;
  try {
    const schema = await migrate(database);
    if (schema.from !== schema.to) log.info({ event: 'schema-migrated', ...schema });
    notices = await StoreNotices.listen(connectionString, log);
  } catch (error) {
    await database.close();
    throw error;
  }
  return {
    where: { database: database.displayName },
    rooms: roomRows(database),
    keys: new KeyRows(database, `the database ${database.displayName} (room_keys)`),
    versions: new VersionRows(database, maxVersionsPerRoom),
    available: () => database.available(),
    follow: (changes) => notices.follow(changes),
    // A failed query marks the database unavailable and starts its probe.
    check: () =>
      database.query('SELECT 1').then(
        () => undefined,
        () => undefined,
      ),
    close: async () => {
      await notices.close();
      await database.close();
    },
  };
}
