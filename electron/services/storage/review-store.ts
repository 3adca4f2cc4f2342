import * as Y from 'yjs';

import { HostError, messageOf } from '../../../shared/host-api/errors';
import type { Logger } from '../logger';
import { type CompactionPolicy, needsCompaction } from './compaction';
import { type DataPaths, programFile, type ProgramFolder, reviewFile } from './data-directory';
import { fileExists, moveDurably } from './durable-file';
import { fileSystemError } from './file-system-error';
import { appendFrames, writeWholeLog } from './program-file';
import { ReleasingQueue } from './releasing-queue';
import { type OpenReview, openReviewFile } from './review-file';

export type ReviewStoreOptions = {
  paths: DataPaths;
  compaction: CompactionPolicy;
  log: Logger;
  /** How a program is named in messages. */
  labelOf: (id: string) => string;
  /** How long a review no operation has used stays in memory (ms). */
  releaseAfterMs: number;
};

/**
 * The review documents of the programs (programs/<id>.review.ydoc) and one live
 * Y.Doc per opened one, kept like the program files (ProgramStore): appends are
 * fsync'd before they are acknowledged, files are compacted by the same policy,
 * and every operation on one review runs in its own queue. A review exists only
 * for a program in programs/: the program file is checked inside that queue, so
 * no change lands beside a program that was just moved to the trash. A review
 * no operation has used for `releaseAfterMs` is let go, as programs are.
 */
export class ReviewStore {
  private readonly reviews = new Map<string, OpenReview>();
  private readonly damagedCopies = new Map<string, string>();
  private readonly queue: ReleasingQueue;

  constructor(private readonly options: ReviewStoreOptions) {
    this.queue = new ReleasingQueue(options.releaseAfterMs, (id) => this.forget(id));
  }

  /** Whether the program's review document is in memory now (tests check that it is let go). */
  isLoaded(id: string): boolean {
    return this.reviews.has(id);
  }

  /** The stored state of a program's review document (empty when it has none yet). */
  load(id: string): Promise<Uint8Array> {
    return this.queue.run(id, async () => Y.encodeStateAsUpdate((await this.ensureOpen(id)).doc));
  }

  /** Where this run copied a damaged review file of the program, or null. */
  damagedCopy(id: string): Promise<string | null> {
    return this.queue.run(id, async () => {
      await this.ensureOpen(id);
      return this.damagedCopies.get(id) ?? null;
    });
  }

  /** Applies updates to the live review document and stores them; acknowledged once fsync'd. */
  append(id: string, updates: readonly Uint8Array[]): Promise<void> {
    return this.queue.run(id, async () => {
      const review = await this.ensureOpen(id);
      try {
        for (const update of updates) Y.applyUpdate(review.doc, update, 'storage');
      } catch (error) {
        this.forget(id);
        throw new HostError(
          'invalid-argument',
          { field: 'updates' },
          `Refused review changes to ${this.options.labelOf(id)}: ${messageOf(error)}`,
        );
      }
      try {
        if (review.exists) {
          review.bytes += await appendFrames(this.file(id), review.bytes, updates);
          review.frames += updates.length;
        } else {
          // The first review change creates the file whole, so it starts with a complete frame.
          await this.rewrite(id, review);
          review.exists = true;
        }
      } catch (error) {
        // The document now holds changes the file lacks: reload it from the file next time.
        this.forget(id);
        throw fileSystemError(error, undefined, `Saving the review of ${this.options.labelOf(id)}`);
      }
      this.scheduleCompaction(id, review);
    });
  }

  /** Rewrites a review file as one frame now. */
  compact(id: string): Promise<void> {
    return this.queue.run(id, async () => {
      const review = await this.ensureOpen(id);
      if (review.exists) await this.rewrite(id, review);
    });
  }

  /**
   * Moves a review file with its program between programs/ and trash/. A program
   * without one (every program before its first review change) has nothing to move.
   */
  move(id: string, from: ProgramFolder, to: ProgramFolder): Promise<void> {
    return this.queue.run(id, async () => {
      this.forget(id);
      const source = this.file(id, from);
      if (!(await fileExists(source))) return;
      const target = this.file(id, to);
      if (await fileExists(target)) {
        throw new HostError(
          'storage',
          {},
          `Cannot move the review of ${this.options.labelOf(id)}: ${target} already exists`,
        );
      }
      await moveDurably(source, target);
    });
  }

  /** Waits for every queued write and compaction, then closes all documents. */
  async close(): Promise<void> {
    await this.queue.idle();
    for (const id of [...this.reviews.keys()]) this.forget(id);
  }

  private file(id: string, folder: ProgramFolder = 'programs'): string {
    return reviewFile(this.options.paths, id, folder);
  }

  private async ensureOpen(id: string, compactNow = true): Promise<OpenReview> {
    const cached = this.reviews.get(id);
    if (cached !== undefined) return cached;
    if (!(await fileExists(programFile(this.options.paths, id)))) {
      throw new HostError('not-found', {}, `There is no program ${this.options.labelOf(id)}`);
    }
    const file = this.file(id);
    const review = await openReviewFile(
      { id, file, damagedDirectory: this.options.paths.damaged },
      this.options.log,
    );
    this.reviews.set(id, review);
    if (review.damagedCopy !== null) this.damagedCopies.set(id, review.damagedCopy);
    if (compactNow && review.exists && needsCompaction(review, this.options.compaction)) {
      try {
        await this.rewrite(id, review);
      } catch (error) {
        // The old file (or, if only the final fsync failed, the new one) still opens.
        this.options.log.warn(`Compaction of ${file} failed: ${messageOf(error)}`);
        return this.ensureOpen(id, false);
      }
    }
    return review;
  }

  private scheduleCompaction(id: string, review: OpenReview): void {
    if (review.compactionQueued) return;
    const { maxFrames, growthFactor, minBytes } = this.options.compaction;
    const grown = review.bytes >= minBytes && review.bytes > growthFactor * review.stateBytes;
    if (review.frames <= maxFrames && !grown) return;
    review.compactionQueued = true;
    void this.queue
      .run(id, async () => {
        review.compactionQueued = false;
        if (this.reviews.get(id) !== review) return;
        review.stateBytes = Y.encodeStateAsUpdate(review.doc).byteLength;
        if (needsCompaction(review, this.options.compaction)) await this.rewrite(id, review);
      })
      .catch((error: unknown) =>
        this.options.log.warn(`Compaction of the review of ${id} failed: ${messageOf(error)}`),
      );
  }

  /**
   * The whole document as one frame, through <file>.tmp, fsync and rename: how a
   * review file is created, and how it is compacted (never Y.mergeUpdates).
   */
  private async rewrite(id: string, review: OpenReview): Promise<void> {
    const state = Y.encodeStateAsUpdate(review.doc);
    try {
      review.bytes = await writeWholeLog(this.file(id), state);
    } catch (error) {
      this.forget(id);
      throw error;
    }
    review.frames = 1;
    review.stateBytes = state.byteLength;
  }

  private forget(id: string): void {
    this.reviews.get(id)?.doc.destroy();
    this.reviews.delete(id);
  }
}
