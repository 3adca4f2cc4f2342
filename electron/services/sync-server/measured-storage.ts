import type { ServerMetrics } from './metrics';
import type { RoomLog, ServerStorage } from './server-storage';

/**
 * The storage with every write timed for cotutor_persist_seconds: room appends
 * and rewrites, key records, version bodies. Reads are not timed; what an
 * operator waits on is a write (a slow fsync, a database far away).
 */
export function measuredStorage(storage: ServerStorage, metrics: ServerMetrics): ServerStorage {
  const { keys, versions } = storage;
  const { readOne } = keys;
  const { follow } = storage;
  return {
    where: storage.where,
    rooms: {
      load: async (room, doc, origin) => {
        const loaded = await storage.rooms.load(room, doc, origin);
        timeWrites(loaded.log, metrics);
        return loaded;
      },
      erase: (room) => storage.rooms.erase(room),
    },
    keys: {
      place: keys.place,
      read: (parse) => keys.read(parse),
      // A store shared by several processes: what is only theirs passes through unchanged.
      ...(readOne === undefined ? {} : { readOne: readOne.bind(keys) }),
      write: (room, rooms) => metrics.timed('keys', () => keys.write(room, rooms)),
    },
    versions: {
      put: (programId, versionId, body) =>
        metrics.timed('version', () => versions.put(programId, versionId, body)),
      get: (programId, versionId) => versions.get(programId, versionId),
      eraseAll: (programId) => versions.eraseAll(programId),
      idle: () => versions.idle(),
    },
    available: () => storage.available(),
    ...(follow === undefined ? {} : { follow: follow.bind(storage) }),
    check: () => storage.check(),
    close: () => storage.close(),
  };
}

/** On the log itself: its size fields are read and set by the room writes. */
function timeWrites(log: RoomLog, metrics: ServerMetrics): void {
  const append = log.append.bind(log);
  const replace = log.replace.bind(log);
  log.append = (updates) => metrics.timed('room-append', () => append(updates));
  log.replace = (state) => metrics.timed('room-replace', () => replace(state));
}
