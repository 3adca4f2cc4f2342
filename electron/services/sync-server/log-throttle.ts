import type { SyncEvent, SyncLog } from './sync-log';

/**
 * Warnings and errors of one event written per window; the rest are counted.
 * A flood of refusals (an address retrying a wrong key, a client past its rate)
 * is what an attack looks like; it must not fill the disk with log lines or
 * drown the one line that matters. Metrics still count every refusal.
 */
export const LOG_LINES_PER_EVENT = 20;
const WINDOW_MS = 60_000;

type Window = {
  startedAt: number;
  written: number;
  suppressed: number;
  timer: NodeJS.Timeout | null;
};

export type ThrottledLog = SyncLog & {
  /** Writes what is still counted (shutdown): no suppressed line is lost. */
  flush(): void;
};

/**
 * At most `limit` warn or error lines per event in each window, then one
 * `log-suppressed` line when the window ends, with how many were left out.
 * Info lines pass as they are: they are bounded by the budgets already.
 */
export function throttledLog(
  log: SyncLog,
  limit = LOG_LINES_PER_EVENT,
  windowMs = WINDOW_MS,
): ThrottledLog {
  const windows = new Map<string, Window>();
  const close = (event: string, window: Window): void => {
    if (window.timer !== null) clearTimeout(window.timer);
    window.timer = null;
    windows.delete(event);
    if (window.suppressed === 0) return;
    log.warn({
      event: 'log-suppressed',
      suppressedEvent: event,
      suppressed: window.suppressed,
      seconds: Math.round((Date.now() - window.startedAt) / 1000),
    });
  };
  const limited =
    (write: (entry: SyncEvent) => void) =>
    (entry: SyncEvent): void => {
      const now = Date.now();
      let window = windows.get(entry.event);
      if (window !== undefined && now - window.startedAt >= windowMs) {
        close(entry.event, window);
        window = undefined;
      }
      if (window === undefined) {
        window = { startedAt: now, written: 0, suppressed: 0, timer: null };
        windows.set(entry.event, window);
      }
      if (window.written < limit) {
        window.written += 1;
        write(entry);
        return;
      }
      window.suppressed += 1;
      if (window.timer === null) {
        const ending = window;
        ending.timer = setTimeout(
          () => close(entry.event, ending),
          ending.startedAt + windowMs - now,
        );
        ending.timer.unref();
      }
    };
  return {
    info: (entry) => log.info(entry),
    warn: limited((entry) => log.warn(entry)),
    error: limited((entry) => log.error(entry)),
    flush: () => {
      for (const [event, window] of [...windows]) close(event, window);
    },
  };
}
