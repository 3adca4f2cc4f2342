import { Low } from 'lowdb';

import { messageOf } from '../../../shared/errors/message-of';
import type { ProgramSummary } from '../../../shared/host-api/contract';
import type { Logger } from '../logger';
import type { DataPaths } from './data-directory';
import { DurableJsonFile } from './durable-json-file';
import { reconcileWithFiles, type Summarize } from './index-rebuild';
import { EMPTY_LIBRARY, type LibraryFile, libraryFileSchema } from './library-file';
import { byMostRecent, type TrashedProgram } from './program-summary';

/**
 * library.json: a cache of every program's summary, so that the library opens
 * without reading every document. The .ydoc files stay the truth: on open the
 * index is checked against them and rebuilt from them when lost or unreadable.
 * Writes are debounced, because every append changes updatedAt.
 *
 * Whether a program is shared is answered by the sharing store (isShared) each
 * time an entry leaves the index, so a share or stop shows at once without the
 * index having to be told.
 */
export class LibraryIndex {
  private readonly programs: Map<string, ProgramSummary>;
  private readonly trash: Map<string, TrashedProgram>;
  private timer: NodeJS.Timeout | undefined;

  private constructor(
    private readonly db: Low<LibraryFile>,
    private readonly delayMs: number,
    private readonly isShared: (id: string) => boolean,
  ) {
    this.programs = new Map(db.data.programs.map((entry) => [entry.id, entry]));
    this.trash = new Map(db.data.trash.map((entry) => [entry.id, entry]));
  }

  static async open(
    paths: DataPaths,
    summarize: Summarize,
    log: Logger,
    delayMs: number,
    isShared: (id: string) => boolean,
  ): Promise<LibraryIndex> {
    const adapter = new DurableJsonFile(paths.library, (value) => libraryFileSchema.parse(value));
    let stored: LibraryFile | null = null;
    try {
      stored = await adapter.read();
    } catch (error) {
      log.warn(
        `The library index ${paths.library} could not be read (${messageOf(error)}); ` +
          'rebuilding it from the program files.',
      );
    }
    const { library, changed } = await reconcileWithFiles(stored, paths, summarize, log);
    const index = new LibraryIndex(new Low(adapter, library), delayMs, isShared);
    if (changed) await index.flush();
    return index;
  }

  list(): ProgramSummary[] {
    return [...this.programs.values()].map((entry) => this.present(entry)).sort(byMostRecent);
  }

  get(id: string): ProgramSummary | undefined {
    const entry = this.programs.get(id);
    return entry === undefined ? undefined : this.present(entry);
  }

  trashed(id: string): TrashedProgram | undefined {
    const entry = this.trash.get(id);
    return entry === undefined ? undefined : this.present(entry);
  }

  /** Records a program's summary and answers it as the library shows it. */
  put(summary: ProgramSummary): ProgramSummary {
    const entry = this.present(summary);
    this.programs.set(summary.id, entry);
    this.scheduleWrite();
    return entry;
  }

  moveToTrash(summary: ProgramSummary, removedAt: string): void {
    this.programs.delete(summary.id);
    this.trash.set(summary.id, { ...summary, removedAt });
    this.scheduleWrite();
  }

  takeFromTrash(id: string): TrashedProgram | undefined {
    const entry = this.trashed(id);
    this.trash.delete(id);
    this.scheduleWrite();
    return entry;
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.db.data = {
      ...EMPTY_LIBRARY,
      programs: this.list(),
      trash: [...this.trash.values()].map((entry) => this.present(entry)),
    };
    await this.db.write();
  }

  private present<T extends ProgramSummary>(entry: T): T {
    return { ...entry, shared: this.isShared(entry.id) };
  }

  private scheduleWrite(): void {
    if (this.timer !== undefined) return;
    this.timer = setTimeout(() => {
      // A failed index write loses nothing: the next open rebuilds from the files.
      this.flush().catch(() => undefined);
    }, this.delayMs);
    this.timer.unref();
  }
}
