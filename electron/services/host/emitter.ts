import type { HostEvent } from '../../../shared/host-api/contract';
import type { Logger } from '../logger';

/**
 * One event of a service: its listeners and the way to reach them. A listener
 * that throws is reported and the others still hear the event, so one broken
 * window or stream cannot silence the rest.
 */
export class Emitter<T> {
  private readonly listeners = new Set<(event: T) => void>();

  constructor(private readonly log: Logger) {}

  readonly event: HostEvent<T> = (listener) => {
    // A wrapper per subscription, so the same function subscribed twice is disposed one at a time.
    const entry = (event: T): void => listener(event);
    this.listeners.add(entry);
    return () => void this.listeners.delete(entry);
  };

  fire(event: T): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (error) {
        this.log.warn(`A listener of a host event failed: ${(error as Error).message}`);
      }
    }
  }
}
