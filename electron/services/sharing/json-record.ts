import { copyFile } from 'node:fs/promises';

import { Low } from 'lowdb';

import type { Logger } from '../logger';
import { DurableJsonFile } from '../storage/durable-json-file';

/**
 * A small JSON file of this computer's own (sharing.json, hosting.json), written
 * durably by lowdb through DurableJsonFile. It cannot be rebuilt from the program
 * files, so an unreadable one is copied aside (never deleted) and the app starts
 * from `empty`. The warning never quotes the file: it may hold keys.
 */
export async function openJsonRecord<T>(options: {
  file: string;
  parse: (value: unknown) => T;
  empty: () => T;
  log: Logger;
  /** What the file holds, for the warning ("the sharing of programs"). */
  holds: string;
  mode?: number;
}): Promise<Low<T>> {
  const { file, log } = options;
  const db = new Low<T>(new DurableJsonFile(file, options.parse, options.mode), options.empty());
  try {
    await db.read();
  } catch (error) {
    // A disk that cannot be read now is not a bad file: starting empty would overwrite it.
    if (typeof (error as NodeJS.ErrnoException).code === 'string') throw error;
    const copy = `${file}.unreadable-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    await copyFile(file, copy).catch(() => undefined);
    const reason = error instanceof SyntaxError ? 'it is not valid JSON' : 'unexpected content';
    log.warn(
      `${file} (${options.holds}) could not be read (${reason}); starting without it. ` +
        `A copy was kept at ${copy}.`,
    );
    db.data = options.empty();
  }
  return db;
}
