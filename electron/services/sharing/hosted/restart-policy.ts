/**
 * How the app restarts a hosted server whose process ended: after a wait that
 * grows with each restart in the last minute, and at most `perMinute` times a
 * minute. A server that keeps crashing (an attack that crashes it on every
 * connection, a broken disk) is given up on and reported as failed, instead of
 * restarting forever.
 */
export type RestartPolicy = {
  /** The wait before the first, second, … restart within a minute; the last repeats. */
  delaysMs: readonly number[];
  perMinute: number;
};

export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  delaysMs: [250, 1_000, 2_000, 5_000, 10_000],
  perMinute: 5,
};

const MINUTE_MS = 60_000;

export class RestartBudget {
  private restarts: number[] = [];

  constructor(
    private readonly policy: RestartPolicy,
    private readonly now: () => number = Date.now,
  ) {}

  /** The wait before the next restart, or null when the minute's restarts are used up. */
  next(): number | null {
    const now = this.now();
    this.restarts = this.restarts.filter((at) => now - at < MINUTE_MS);
    if (this.restarts.length >= this.policy.perMinute) return null;
    const { delaysMs } = this.policy;
    const delay = delaysMs[Math.min(this.restarts.length, delaysMs.length - 1)] ?? 0;
    this.restarts.push(now);
    return delay;
  }

  /** A start asked for by the user begins a fresh budget. */
  reset(): void {
    this.restarts = [];
  }
}
