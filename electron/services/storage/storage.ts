import * as Y from 'yjs';

import type { ProgramSummary } from '../../../shared/host-api/contract';
import { HostError } from '../../../shared/host-api/errors';
import { rootOf } from '../../../shared/model/layout';
import { consoleLogger, type Logger } from '../logger';
import { timestamp } from './clock';
import { type CompactionPolicy, DEFAULT_COMPACTION } from './compaction';
import { type DataPaths, dataPaths, ensureDataDirectories, programFile } from './data-directory';
import { LibraryIndex } from './library-index';
import { loadProgramFile } from './program-file';
import { ProgramStore } from './program-store';
import { summaryOf, type TrashedProgram } from './program-summary';

export type StorageOptions = {
  log?: Logger;
  compaction?: Partial<CompactionPolicy>;
  /** How long library.json changes may wait before being written (ms). */
  indexDelayMs?: number;
};

/**
 * The programs on disk behind one object: the program files with their live
 * documents and the library index derived from them. (Settings live apart in
 * SettingsStore: nothing here needs them.)
 */
export class Storage {
  private constructor(
    readonly paths: DataPaths,
    private readonly programs: ProgramStore,
    private readonly index: LibraryIndex,
  ) {}

  static async open(dataDirectory: string, options: StorageOptions = {}): Promise<Storage> {
    const log = options.log ?? consoleLogger;
    const paths = dataPaths(dataDirectory);
    await ensureDataDirectories(paths);
    const index = await LibraryIndex.open(
      paths,
      async (id, folder, times) => {
        const file = programFile(paths, id, folder);
        const { doc } = await loadProgramFile({
          id,
          file,
          damagedDirectory: paths.damaged,
          label: id,
        });
        try {
          return summaryOf(doc, id, times);
        } finally {
          doc.destroy();
        }
      },
      log,
      options.indexDelayMs ?? 1000,
    );
    const programs = new ProgramStore({
      paths,
      compaction: { ...DEFAULT_COMPACTION, ...options.compaction },
      log,
      labelOf: (id) => {
        const title = index.get(id)?.title ?? index.trashed(id)?.title;
        return title === undefined || title === '' ? id : `"${title}" (${id})`;
      },
    });
    return new Storage(paths, programs, index);
  }

  /** Programs in the library, most recently changed first. */
  list(): ProgramSummary[] {
    return this.index.list();
  }

  /** Stores a program written into a fresh document (createProgram); the document is kept live. */
  async create(doc: Y.Doc): Promise<ProgramSummary> {
    const id = rootOf(doc).get('programId');
    if (typeof id !== 'string')
      throw new HostError('internal', 'The new document holds no program id.');
    await this.programs.create(id, doc);
    const now = timestamp();
    return this.record(id, doc, now);
  }

  /** The live document, for reading (readProgram for duplicate, export). */
  document(id: string): Promise<Y.Doc> {
    return this.programs.document(id);
  }

  async load(id: string): Promise<Uint8Array> {
    return Y.encodeStateAsUpdate(await this.programs.document(id));
  }

  async append(id: string, updates: readonly Uint8Array[]): Promise<ProgramSummary> {
    return this.record(id, await this.programs.append(id, updates));
  }

  async change(id: string, mutate: (doc: Y.Doc) => void): Promise<ProgramSummary> {
    return this.record(id, await this.programs.change(id, mutate));
  }

  compact(id: string): Promise<void> {
    return this.programs.compact(id);
  }

  async remove(id: string): Promise<void> {
    const summary = this.index.get(id) ?? summaryOf(await this.document(id), id, timesNow());
    await this.programs.move(id, 'programs', 'trash');
    this.index.moveToTrash(summary, timestamp());
  }

  async restore(id: string): Promise<ProgramSummary> {
    await this.programs.move(id, 'trash', 'programs');
    const trashed = this.index.takeFromTrash(id);
    const entry: ProgramSummary =
      trashed === undefined
        ? summaryOf(await this.document(id), id, timesNow())
        : withoutRemovedAt(trashed);
    this.index.put(entry);
    return entry;
  }

  /** Waits for pending writes and compactions and writes the index. */
  async close(): Promise<void> {
    await this.programs.close();
    await this.index.flush();
  }

  private record(id: string, doc: Y.Doc, createdNow?: string): ProgramSummary {
    const updatedAt = createdNow ?? timestamp();
    const createdAt = createdNow ?? this.index.get(id)?.createdAt ?? updatedAt;
    const summary = summaryOf(doc, id, { createdAt, updatedAt });
    this.index.put(summary);
    return summary;
  }
}

function withoutRemovedAt(entry: TrashedProgram): ProgramSummary {
  const { id, title, theme, venueCity, startDate, days, createdAt, updatedAt } = entry;
  return { id, title, theme, venueCity, startDate, days, createdAt, updatedAt };
}

function timesNow(): { createdAt: string; updatedAt: string } {
  const now = timestamp();
  return { createdAt: now, updatedAt: now };
}
