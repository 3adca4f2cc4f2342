import { KeyedQueue } from './keyed-queue';

/**
 * A KeyedQueue that lets a key's in-memory document go once no task has used it
 * for `afterMs`: every task restarts the countdown, and the release itself runs
 * in the key's queue, after every write and compaction queued before it, so
 * nothing the file lacks is dropped. A task queued meanwhile cancels it.
 */
export class ReleasingQueue {
  private readonly queue = new KeyedQueue();
  private readonly countdowns = new Map<string, NodeJS.Timeout>();

  constructor(
    private readonly afterMs: number,
    private readonly release: (key: string) => void,
  ) {}

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    this.cancel(key);
    const result = this.queue.run(key, task);
    const settled = (): void => this.countDown(key);
    result.then(settled, settled);
    return result;
  }

  /** Resolves when every queued task has finished; no release is pending afterwards. */
  async idle(): Promise<void> {
    await this.queue.idle();
    for (const key of [...this.countdowns.keys()]) this.cancel(key);
  }

  private countDown(key: string): void {
    this.cancel(key);
    const timer = setTimeout(() => {
      if (this.countdowns.get(key) !== timer) return;
      this.countdowns.delete(key);
      void this.queue.run(key, async () => {
        if (!this.countdowns.has(key)) this.release(key);
      });
    }, this.afterMs);
    timer.unref();
    this.countdowns.set(key, timer);
  }

  private cancel(key: string): void {
    clearTimeout(this.countdowns.get(key));
    this.countdowns.delete(key);
  }
}
