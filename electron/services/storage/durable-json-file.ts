import { readFile } from 'node:fs/promises';

import type { Adapter } from 'lowdb';

import { isMissingFile, replaceFileDurably } from './durable-file';

/**
 * A lowdb adapter that writes like steno (temp file, rename) but also fsyncs the
 * file and its directory, which steno never does: without that, a power loss can
 * leave library.json or settings.json empty or old.
 *
 * read() answers null for a missing file and throws for one that is not valid:
 * the caller decides whether to rebuild (library) or fall back (settings).
 */
export class DurableJsonFile<T> implements Adapter<T> {
  private writing: Promise<void> = Promise.resolve();

  constructor(
    readonly file: string,
    private readonly parse: (value: unknown) => T,
    /** Permissions of the file: 0o600 keeps secrets (room keys) from other users. */
    private readonly mode?: number,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if (isMissingFile(error)) return null;
      throw error;
    }
    return this.parse(JSON.parse(text) as unknown);
  }

  /** Writes are serialized, so the last call's data is what ends up on disk. */
  write(data: T): Promise<void> {
    const text = `${JSON.stringify(data, null, 2)}\n`;
    const next = this.writing.then(() =>
      replaceFileDurably(this.file, Buffer.from(text, 'utf8'), undefined, this.mode),
    );
    this.writing = next.catch(() => undefined);
    return next;
  }
}
