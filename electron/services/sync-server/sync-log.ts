import type { Logger } from '../logger';

/**
 * One JSON object per line, so that journald, `jq` or a log shipper can filter by
 * event, room or remote address. Keys never reach this module: callers pass the
 * room id and the remote address, never a request URL (it holds `?key=`).
 */
export type SyncEvent = {
  event: string;
  room?: string;
  remote?: string;
  reason?: string;
  [field: string]: string | number | boolean | undefined;
};

export type SyncLog = {
  info(entry: SyncEvent): void;
  warn(entry: SyncEvent): void;
  error(entry: SyncEvent): void;
};

export function syncLog(log: Logger): SyncLog {
  const line = (level: string, entry: SyncEvent): string =>
    JSON.stringify({ time: new Date().toISOString(), level, ...entry });
  return {
    info: (entry) => log.info(line('info', entry)),
    warn: (entry) => log.warn(line('warn', entry)),
    // The shared Logger has no error channel; the level inside the line says it.
    error: (entry) => log.warn(line('error', entry)),
  };
}
