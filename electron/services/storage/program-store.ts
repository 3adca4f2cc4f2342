import * as Y from 'yjs';

import { HostError, messageOf } from '../../../shared/host-api/errors';
import { checkDocument } from '../../../shared/model/migrate';
import { SCHEMA_VERSION } from '../../../shared/model/schema';
import type { Logger } from '../logger';
import { type CompactionPolicy, needsCompaction } from './compaction';
import { newerVersionError } from './damage';
import { type DataPaths, programFile, type ProgramFolder } from './data-directory';
import { fileExists, moveDurably } from './durable-file';
import { fileSystemError } from './file-system-error';
import { type OpenProgram, openProgram, rewriteProgram } from './open-program';
import { PLACEHOLDER_UPDATE } from './placeholder';
import { appendFrames, writeWholeLog } from './program-file';
import { ReleasingQueue } from './releasing-queue';

export type ProgramStoreOptions = {
  paths: DataPaths;
  compaction: CompactionPolicy;
  log: Logger;
  /** How a program is named in messages. */
  labelOf: (id: string) => string;
  /** How long a document no operation has used stays in memory (ms). */
  releaseAfterMs: number;
};

/**
 * The program files and one live Y.Doc per opened program. Every operation on a
 * program runs in that program's queue, so appends, compactions and moves of the
 * same file never overlap; the Y.Doc always equals what the file holds. A
 * document no operation has used for `releaseAfterMs` is let go (a large program
 * holds tens of MB): the file has everything, and the next use reads it again.
 */
export class ProgramStore {
  private readonly programs = new Map<string, OpenProgram>();
  /** Copies of damaged files this run recovered from, kept after a document is closed. */
  private readonly damagedCopies = new Map<string, string>();
  private readonly queue: ReleasingQueue;

  constructor(private readonly options: ProgramStoreOptions) {
    this.queue = new ReleasingQueue(options.releaseAfterMs, (id) => this.forget(id));
  }

  /** The live document of a program (loaded on first use). Read it, never change it. */
  document(id: string): Promise<Y.Doc> {
    return this.queue.run(id, async () => (await this.ensureOpen(id)).doc);
  }

  /** The program's whole state as one update, as the renderer loads it. */
  state(id: string): Promise<Uint8Array> {
    return this.queue.run(id, async () => {
      const program = await this.ensureOpen(id);
      return program.state ?? Y.encodeStateAsUpdate(program.doc);
    });
  }

  /** Whether the program's document is in memory now (tests check that it is let go). */
  isLoaded(id: string): boolean {
    return this.programs.has(id);
  }

  /**
   * Where the file of a program was copied when opening it found damage and
   * recovered what was readable (in this run), or null when it was read whole.
   */
  damagedCopy(id: string): Promise<string | null> {
    return this.queue.run(id, async () => {
      await this.ensureOpen(id);
      return this.damagedCopies.get(id) ?? null;
    });
  }

  /** Stores a new program held in `doc`, which becomes its live document. */
  create(id: string, doc: Y.Doc): Promise<void> {
    return this.createFile(id, doc, Y.encodeStateAsUpdate(doc), false);
  }

  /** Stores a placeholder (placeholder.ts): a program whose content the sync server will bring. */
  createPlaceholder(id: string): Promise<void> {
    return this.createFile(id, new Y.Doc(), PLACEHOLDER_UPDATE, true);
  }

  /** The live document of a program whose content is here; a placeholder is refused. */
  programDocument(id: string): Promise<Y.Doc> {
    return this.queue.run(id, async () => (await this.ensureArrived(id)).doc);
  }

  /** Applies the renderer's updates to the live document and appends them to the file. */
  append(id: string, updates: readonly Uint8Array[]): Promise<Y.Doc> {
    return this.queue.run(id, async () => {
      const program = await this.ensureOpen(id);
      try {
        for (const update of updates) Y.applyUpdate(program.doc, update, 'storage');
      } catch (error) {
        this.forget(id);
        throw new HostError(
          'invalid-argument',
          { field: 'updates' },
          `Refused changes to ${this.options.labelOf(id)}: ${messageOf(error)}`,
        );
      }
      program.state = null;
      const arrived = this.admit(id, program);
      await this.write(id, program, updates);
      // From here on it is a program like any other, with every check that implies.
      if (arrived) program.awaitingSync = false;
      return program.doc;
    });
  }

  /** Changes the live document in the host itself (e.g. a rename) and stores the change. */
  change(id: string, mutate: (doc: Y.Doc) => void): Promise<Y.Doc> {
    return this.queue.run(id, async () => {
      const program = await this.ensureArrived(id);
      const updates: Uint8Array[] = [];
      const collect = (update: Uint8Array): void => void updates.push(update);
      program.doc.on('update', collect);
      try {
        mutate(program.doc);
      } catch (error) {
        // A change that failed halfway may have touched the document: reload it from the file.
        this.forget(id);
        throw error;
      } finally {
        program.doc.off('update', collect);
      }
      if (updates.length > 0) {
        program.state = null;
        await this.write(id, program, updates);
      }
      return program.doc;
    });
  }

  /** Rewrites a program file as one frame now, whatever its size. */
  compact(id: string): Promise<void> {
    return this.queue.run(id, async () => this.rewrite(id, await this.ensureOpen(id)));
  }

  /** Moves a program file between programs/ and trash/; its live document is closed. */
  move(id: string, from: ProgramFolder, to: ProgramFolder): Promise<void> {
    return this.queue.run(id, async () => {
      const source = this.file(id, from);
      const target = this.file(id, to);
      if (!(await fileExists(source))) {
        throw new HostError(
          'not-found',
          {},
          `There is no program ${this.options.labelOf(id)} in ${from}`,
        );
      }
      if (await fileExists(target)) {
        throw new HostError(
          'storage',
          {},
          `Cannot move ${this.options.labelOf(id)}: ${target} already exists`,
        );
      }
      this.forget(id);
      await moveDurably(source, target);
    });
  }

  /** Waits for every queued write and compaction, then closes all documents. */
  async close(): Promise<void> {
    await this.queue.idle();
    for (const id of [...this.programs.keys()]) this.forget(id);
  }

  private createFile(
    id: string,
    doc: Y.Doc,
    firstFrame: Uint8Array,
    awaitingSync: boolean,
  ): Promise<void> {
    return this.queue.run(id, async () => {
      const file = this.file(id);
      if (await fileExists(file))
        throw new HostError('internal', {}, `A program with id ${id} already exists`);
      const bytes = await writeWholeLog(file, firstFrame);
      this.programs.set(id, {
        doc,
        frames: 1,
        bytes,
        stateBytes: firstFrame.byteLength,
        state: firstFrame,
        compactionQueued: false,
        awaitingSync,
        damagedCopy: null,
      });
    });
  }

  private file(id: string, folder: ProgramFolder = 'programs'): string {
    return programFile(this.options.paths, id, folder);
  }

  private async ensureOpen(id: string, compactNow = true): Promise<OpenProgram> {
    const cached = this.programs.get(id);
    if (cached !== undefined) return cached;
    const file = this.file(id);
    const context = {
      id,
      file,
      damagedDirectory: this.options.paths.damaged,
      label: this.options.labelOf(id),
    };
    const program = await openProgram(context, this.options.log);
    this.programs.set(id, program);
    if (program.damagedCopy !== null) this.damagedCopies.set(id, program.damagedCopy);
    if (compactNow && needsCompaction(program, this.options.compaction)) {
      try {
        await this.rewrite(id, program);
      } catch (error) {
        // The old file (or, if only the final fsync failed, the new one) still opens.
        this.options.log.warn(`Compaction of ${file} failed: ${messageOf(error)}`);
        return this.ensureOpen(id, false);
      }
    }
    return program;
  }

  private async ensureArrived(id: string): Promise<OpenProgram> {
    const program = await this.ensureOpen(id);
    if (!program.awaitingSync) return program;
    throw new HostError(
      'not-arrived',
      {},
      `${this.options.labelOf(id)} has not arrived from its sync server`,
    );
  }

  /**
   * Whether the document may be stored after updates were applied, and whether
   * it now holds a program. A program must stay one; a placeholder may stay empty
   * (or hold only what came before the program) until its program arrives.
   */
  private admit(id: string, program: OpenProgram): boolean {
    const check = checkDocument(program.doc);
    if (check.ok) return true;
    // Not damage: nothing of the program has arrived yet, so there is nothing to check.
    if (program.awaitingSync && check.reason !== 'newer-version') return false;
    // The live document holds the refused changes: reload it from the file next time.
    this.forget(id);
    const label = this.options.labelOf(id);
    if (program.awaitingSync) {
      throw newerVersionError(label, check.version ?? SCHEMA_VERSION + 1, SCHEMA_VERSION);
    }
    throw new HostError(
      'invalid-argument',
      { field: 'updates' },
      `Refused changes that would leave ${label} without a program`,
    );
  }

  private async write(
    id: string,
    program: OpenProgram,
    updates: readonly Uint8Array[],
  ): Promise<void> {
    try {
      program.bytes += await appendFrames(this.file(id), program.bytes, updates);
    } catch (error) {
      // The document now holds changes the file lacks: reload it from the file next time.
      this.forget(id);
      throw fileSystemError(error, undefined, `Saving ${this.options.labelOf(id)}`);
    }
    program.frames += updates.length;
    this.scheduleCompaction(id, program);
  }

  private scheduleCompaction(id: string, program: OpenProgram): void {
    if (program.compactionQueued) return;
    // Cheap test first: encoding the state is only worth it once the file has grown.
    const { maxFrames, growthFactor, minBytes } = this.options.compaction;
    const grown = program.bytes >= minBytes && program.bytes > growthFactor * program.stateBytes;
    if (program.frames <= maxFrames && !grown) return;
    program.compactionQueued = true;
    void this.queue
      .run(id, async () => {
        program.compactionQueued = false;
        if (this.programs.get(id) !== program) return;
        program.stateBytes = Y.encodeStateAsUpdate(program.doc).byteLength;
        if (needsCompaction(program, this.options.compaction)) await this.rewrite(id, program);
      })
      .catch((error: unknown) =>
        this.options.log.warn(`Compaction of ${id} failed: ${messageOf(error)}`),
      );
  }

  private async rewrite(id: string, program: OpenProgram): Promise<void> {
    // Rewriting would drop the placeholder's first frame, and with it the mark that
    // tells an empty placeholder from damage. Placeholders are small; wait for the program.
    if (program.awaitingSync) return;
    try {
      await rewriteProgram(this.file(id), program);
    } catch (error) {
      // Which file is in place (old or new) is unknown now: read it again before the next append.
      this.forget(id);
      throw error;
    }
  }

  private forget(id: string): void {
    this.programs.get(id)?.doc.destroy();
    this.programs.delete(id);
  }
}
