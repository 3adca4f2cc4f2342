import type { ServerStorage } from './server-storage';

export type HealthStatus = 'ok' | 'stopping' | 'store-unavailable';

/**
 * Asking the store costs a query: anyone may ask for /healthz, so within this
 * time every caller shares the last answer.
 */
const CHECK_INTERVAL_MS = 1000;

/**
 * What /healthz answers. An idle server on PostgreSQL would learn that its
 * database went away only at its next write, so a health request asks the
 * database itself (at most once a second), through the same logic that answers
 * 503 store-unavailable everywhere else.
 */
export class HealthCheck {
  private last: Promise<void> | null = null;
  private lastAt = 0;

  constructor(
    private readonly storage: Pick<ServerStorage, 'available' | 'check'>,
    private readonly isClosing: () => boolean,
  ) {}

  async status(): Promise<HealthStatus> {
    if (this.isClosing()) return 'stopping';
    const now = Date.now();
    if (this.last === null || now - this.lastAt >= CHECK_INTERVAL_MS) {
      this.lastAt = now;
      this.last = this.storage.check();
    }
    await this.last;
    if (this.isClosing()) return 'stopping';
    return this.storage.available() ? 'ok' : 'store-unavailable';
  }
}
