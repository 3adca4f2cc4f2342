import type * as Y from 'yjs';

import type { DamageRecovery, ProgramSummary } from '../../../shared/host-api/contract';
import { HostError } from '../../../shared/host-api/errors';
import { rootOf } from '../../../shared/model/layout';
import { consoleLogger, type Logger } from '../logger';
import { timestamp } from './clock';
import { type CompactionPolicy, DEFAULT_COMPACTION } from './compaction';
import { type DataPaths, dataPaths, ensureDataDirectories, programFile } from './data-directory';
import { LibraryIndex } from './library-index';
import { loadProgramFile } from './program-file';
import { ProgramStore } from './program-store';
import {
  placeholderSummary,
  summaryOf,
  type SummaryTimes,
  type TrashedProgram,
} from './program-summary';
import { ReviewStore } from './review-store';

export type StorageOptions = {
  log?: Logger;
  compaction?: Partial<CompactionPolicy>;
  /** How long library.json changes may wait before being written (ms). */
  indexDelayMs?: number;
  /** Whether a program is shared through a sync server (the sharing store knows). */
  isShared?: (id: string) => boolean;
  /** How long a program's document stays in memory after its last use (ms). */
  releaseAfterMs?: number;
};

/**
 * Long enough that a program open in a window, with a pause in the typing, is not
 * read again at the next keystroke; short enough that programs opened once in a
 * long session (a duplicate, an export) do not stay in memory for its rest.
 */
const RELEASE_AFTER_MS = 2 * 60_000;

/**
 * The programs on disk behind one object: the program files with their live
 * documents and the library index derived from them. (Settings live apart in
 * SettingsStore: nothing here needs them.)
 */
export class Storage {
  private constructor(
    readonly paths: DataPaths,
    private readonly programs: ProgramStore,
    private readonly reviews: ReviewStore,
    private readonly index: LibraryIndex,
    private readonly isShared: (id: string) => boolean,
  ) {}

  static async open(dataDirectory: string, options: StorageOptions = {}): Promise<Storage> {
    const log = options.log ?? consoleLogger;
    const isShared = options.isShared ?? (() => false);
    const paths = dataPaths(dataDirectory);
    await ensureDataDirectories(paths);
    const index = await LibraryIndex.open(
      paths,
      async (id, folder, times, known) => {
        const file = programFile(paths, id, folder);
        const { doc } = await loadProgramFile({
          id,
          file,
          damagedDirectory: paths.damaged,
          label: id,
        });
        try {
          return summaryOf(doc, id, times, { shared: isShared(id), knownTitle: known?.title });
        } finally {
          doc.destroy();
        }
      },
      log,
      options.indexDelayMs ?? 1000,
      isShared,
    );
    const stores = {
      paths,
      compaction: { ...DEFAULT_COMPACTION, ...options.compaction },
      log,
      releaseAfterMs: options.releaseAfterMs ?? RELEASE_AFTER_MS,
      labelOf: (id: string) => {
        const title = index.get(id)?.title ?? index.trashed(id)?.title;
        return title === undefined || title === '' ? id : `"${title}" (${id})`;
      },
    };
    return new Storage(paths, new ProgramStore(stores), new ReviewStore(stores), index, isShared);
  }

  /** Programs in the library, most recently changed first. */
  list(): ProgramSummary[] {
    return this.index.list();
  }

  /** A program's library entry, or undefined when it is not in the library (or in the trash). */
  summary(id: string): ProgramSummary | undefined {
    return this.index.get(id);
  }

  /** A program's entry in the trash, or undefined. */
  trashed(id: string): ProgramSummary | undefined {
    return this.index.trashed(id);
  }

  /**
   * Adds a program joined from an invite before its content has arrived: an empty
   * placeholder (placeholder.ts) that the first appended program fills.
   */
  async createPlaceholder(id: string, title: string | undefined): Promise<ProgramSummary> {
    await this.programs.createPlaceholder(id);
    const now = timestamp();
    return this.index.put(
      placeholderSummary(
        id,
        { createdAt: now, updatedAt: now },
        { shared: this.isShared(id), knownTitle: title },
      ),
    );
  }

  isTrashed(id: string): boolean {
    return this.index.trashed(id) !== undefined;
  }

  /** Stores a program written into a fresh document (createProgram); the document is kept live. */
  async create(doc: Y.Doc): Promise<ProgramSummary> {
    const id = rootOf(doc).get('programId');
    if (typeof id !== 'string')
      throw new HostError('internal', {}, 'The new document holds no program id');
    await this.programs.create(id, doc);
    const now = timestamp();
    return this.record(id, doc, now);
  }

  /**
   * The live document, for reading (readProgram for duplicate, export). A
   * placeholder still awaiting its program is refused ('conflict'): it has none to read.
   */
  document(id: string): Promise<Y.Doc> {
    return this.programs.programDocument(id);
  }

  load(id: string): Promise<Uint8Array> {
    return this.programs.state(id);
  }

  /**
   * Whether opening the program recovered it, or its review document, from a
   * damaged file, and where the copy is (the program's first when both were).
   */
  async recovery(id: string): Promise<DamageRecovery | null> {
    const [program, review] = await Promise.all([
      this.programs.damagedCopy(id),
      this.reviews.damagedCopy(id),
    ]);
    const copyPath = program ?? review;
    return copyPath === null ? null : { code: 'damaged-file-recovered', params: { copyPath } };
  }

  /** The stored state of the program's review document; empty for a program without one. */
  loadReview(id: string): Promise<Uint8Array> {
    return this.reviews.load(id);
  }

  /** Stores review updates; they change nothing the library shows. */
  appendReview(id: string, updates: readonly Uint8Array[]): Promise<void> {
    return this.reviews.append(id, updates);
  }

  compactReview(id: string): Promise<void> {
    return this.reviews.compact(id);
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
    const summary = this.index.get(id) ?? this.summarize(id, await this.programs.document(id));
    // The program first, its review after, and the other way round in restore():
    // an interrupted move leaves the review in programs/ at worst, where the next
    // restore finds it (and where no change is stored while the program is away).
    await this.programs.move(id, 'programs', 'trash');
    await this.reviews.move(id, 'programs', 'trash');
    this.index.moveToTrash(summary, timestamp());
  }

  async restore(id: string): Promise<ProgramSummary> {
    await this.reviews.move(id, 'trash', 'programs');
    await this.programs.move(id, 'trash', 'programs');
    const trashed = this.index.takeFromTrash(id);
    const entry: ProgramSummary =
      trashed === undefined
        ? this.summarize(id, await this.programs.document(id))
        : withoutRemovedAt(trashed);
    return this.index.put(entry);
  }

  /** Waits for pending writes and compactions and writes the index. */
  async close(): Promise<void> {
    await Promise.all([this.programs.close(), this.reviews.close()]);
    await this.index.flush();
  }

  private record(id: string, doc: Y.Doc, createdNow?: string): ProgramSummary {
    const updatedAt = createdNow ?? timestamp();
    const createdAt = createdNow ?? this.index.get(id)?.createdAt ?? updatedAt;
    return this.index.put(this.summarize(id, doc, { createdAt, updatedAt }));
  }

  private summarize(id: string, doc: Y.Doc, times?: SummaryTimes): ProgramSummary {
    const now = timestamp();
    return summaryOf(doc, id, times ?? { createdAt: now, updatedAt: now }, {
      shared: this.isShared(id),
      knownTitle: this.index.get(id)?.title ?? this.index.trashed(id)?.title,
    });
  }
}

function withoutRemovedAt(entry: TrashedProgram): ProgramSummary {
  const { removedAt: _removedAt, ...summary } = entry;
  return summary;
}
