import type { Saver, SaveStatus } from './saver';

/**
 * The program document's saver and its review document's, seen as one by the
 * save badge and by whatever waits for everything to be stored (closing the
 * program, leaving the page): saved only when both are, a failure of either shown.
 */
export class SessionSaver {
  constructor(
    readonly program: Saver,
    readonly review: Saver,
  ) {}

  /** A failure first, then work in progress; each saver's own status object, so it stays the same while nothing changes. */
  getStatus(): SaveStatus {
    const program = this.program.getStatus();
    const review = this.review.getStatus();
    if (program.state === 'error') return program;
    if (review.state === 'error') return review;
    return program.state === 'saving' ? program : review;
  }

  onStatus(listener: (status: SaveStatus) => void): () => void {
    const notify = () => listener(this.getStatus());
    const stops = [this.program.onStatus(notify), this.review.onStatus(notify)];
    return () => stops.forEach((stop) => stop());
  }

  /** Writes what both have pending; rejects with the first failure once both have tried. */
  async flush(): Promise<void> {
    const results = await Promise.allSettled([this.program.flush(), this.review.flush()]);
    const failed = results.find((result) => result.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
  }

  dispose(): void {
    this.program.dispose();
    this.review.dispose();
  }
}
