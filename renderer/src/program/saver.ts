export type SaveStatus =
  | { state: 'saved' }
  | { state: 'saving' }
  /** The failure as thrown; the badge puts it into words. */
  | { state: 'error'; error: unknown };

type Append = (updates: Uint8Array[]) => Promise<void>;

const FLUSH_DELAY_MS = 250;
const MAX_RETRY_DELAY_MS = 10_000;

/**
 * Sends the document's updates to storage in small batches: at most a quarter of a
 * second after a change, one batch at a time, in order. A failed batch is kept
 * and retried with back-off, so nothing typed is dropped while storage is busy
 * or failing; the status says so.
 */
export class Saver {
  private pending: Uint8Array[] = [];
  private inFlight: Promise<void> | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryDelay = 500;
  private status: SaveStatus = { state: 'saved' };
  private readonly listeners = new Set<(status: SaveStatus) => void>();

  constructor(private readonly append: Append) {}

  push(update: Uint8Array): void {
    this.pending.push(update);
    // After a failure the badge keeps saying so until a write succeeds, not "Saving…" at every keystroke.
    if (this.status.state !== 'error') this.setStatus({ state: 'saving' });
    this.schedule(FLUSH_DELAY_MS);
  }

  getStatus(): SaveStatus {
    return this.status;
  }

  onStatus(listener: (status: SaveStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Writes everything pending now; resolves when storage has it (or rejects with the failure). */
  async flush(): Promise<void> {
    this.cancelTimer();
    while (this.inFlight !== null) await this.inFlight.catch(() => undefined);
    if (this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.inFlight = this.append(batch);
    try {
      await this.inFlight;
      this.retryDelay = 500;
      if (this.pending.length === 0) this.setStatus({ state: 'saved' });
      else {
        this.setStatus({ state: 'saving' });
        this.schedule(FLUSH_DELAY_MS);
      }
    } catch (error) {
      // Put the batch back in front of anything typed meanwhile, order kept.
      this.pending = [...batch, ...this.pending];
      this.setStatus({ state: 'error', error });
      // The back-off replaces a flush an edit asked for meanwhile: a failing disk is not hammered as fast as one types.
      this.cancelTimer();
      this.schedule(this.retryDelay);
      this.retryDelay = Math.min(this.retryDelay * 2, MAX_RETRY_DELAY_MS);
      throw error;
    } finally {
      this.inFlight = null;
    }
  }

  dispose(): void {
    this.cancelTimer();
    this.listeners.clear();
  }

  private schedule(delay: number): void {
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      // A write in flight schedules what follows it when it ends: the next batch, or its retry after the back-off.
      if (this.inFlight !== null) return;
      this.flush().catch(() => undefined);
    }, delay);
  }

  private cancelTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private setStatus(status: SaveStatus): void {
    if (status.state === this.status.state && status.state !== 'error') return;
    this.status = status;
    for (const listener of this.listeners) listener(status);
  }
}
