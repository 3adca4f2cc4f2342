import { z } from 'zod';

import { DurableJsonFile } from '../storage/durable-json-file';
import type { KeyRecords } from './server-storage';

// Version 1 had no owner hashes; its records read as rooms without an owner. The
// file is written as version 2 only, so a server of before cannot read it back and
// silently drop the owners (its schema would strip the field it does not know).
const roomKeysFile = z.object({
  version: z.union([z.literal(1), z.literal(2)]),
  rooms: z.record(z.string(), z.unknown()),
});

/**
 * The room keys of a data directory: <data>/room-keys.json, rewritten whole
 * (temporary file, fsync, rename) on every change, so it is always the old or
 * the new version.
 */
export class KeyFile implements KeyRecords {
  private readonly file: DurableJsonFile<z.infer<typeof roomKeysFile>>;

  constructor(
    readonly place: string,
    mode?: number,
  ) {
    this.file = new DurableJsonFile(place, (value) => roomKeysFile.parse(value), mode);
  }

  async read<R>(parse: (record: unknown) => R): Promise<Map<string, R>> {
    const stored = await this.file.read();
    return new Map(
      Object.entries(stored?.rooms ?? {}).map(([room, record]) => [room, parse(record)]),
    );
  }

  /** The file holds every room, so the last write holds every change so far (writes are serialized). */
  write<R>(_room: string, rooms: ReadonlyMap<string, R>): Promise<void> {
    return this.file.write({ version: 2, rooms: Object.fromEntries(rooms) });
  }
}
