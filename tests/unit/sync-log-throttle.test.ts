import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { throttledLog } from '../../electron/services/sync-server/log-throttle';
import type { SyncEvent } from '../../electron/services/sync-server/sync-log';

describe('rate-limited warnings', () => {
  const written: (SyncEvent & { level: string })[] = [];
  const log = throttledLog(
    {
      info: (entry) => written.push({ level: 'info', ...entry }),
      warn: (entry) => written.push({ level: 'warn', ...entry }),
      error: (entry) => written.push({ level: 'error', ...entry }),
    },
    3,
    60_000,
  );

  beforeEach(() => {
    vi.useFakeTimers();
    written.length = 0;
  });
  afterEach(() => {
    log.flush();
    vi.useRealTimers();
  });

  it('writes the first of each event in a minute, then one line with how many it left out', () => {
    for (let index = 0; index < 10; index++) log.warn({ event: 'upgrade-refused', index });
    log.error({ event: 'room-write-failed' });
    for (let index = 0; index < 5; index++) log.info({ event: 'connection-opened' });
    expect(written.filter((entry) => entry.event === 'upgrade-refused')).toHaveLength(3);
    expect(written.filter((entry) => entry.event === 'room-write-failed')).toHaveLength(1);
    expect(written.filter((entry) => entry.event === 'connection-opened')).toHaveLength(5);
    expect(written.some((entry) => entry.event === 'log-suppressed')).toBe(false);

    vi.advanceTimersByTime(60_000);
    expect(written.filter((entry) => entry.event === 'log-suppressed')).toEqual([
      {
        level: 'warn',
        event: 'log-suppressed',
        suppressedEvent: 'upgrade-refused',
        suppressed: 7,
        seconds: 60,
      },
    ]);
    // A new minute: the event is written again.
    log.warn({ event: 'upgrade-refused', index: 10 });
    expect(written.at(-1)).toMatchObject({ event: 'upgrade-refused', index: 10 });
  });

  it('writes what it still counts when the server stops', () => {
    for (let index = 0; index < 5; index++) log.warn({ event: 'connection-dropped' });
    log.flush();
    expect(written.at(-1)).toMatchObject({ event: 'log-suppressed', suppressed: 2 });
    vi.advanceTimersByTime(60_000);
    expect(written.filter((entry) => entry.event === 'log-suppressed')).toHaveLength(1);
  });
});
