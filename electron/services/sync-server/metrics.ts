import type { Socket } from 'node:net';

import type { SyncEvent, SyncLog } from './sync-log';

/**
 * What an operator graphs and alerts on, in Prometheus' text format (docs/deploy.md,
 * "Health and metrics"). Counts only: no label ever holds a room id, an address or
 * a key, so the page tells nothing about who uses which program.
 */

/** Store writes take from a millisecond (an append on a local disk) to seconds (a database far away). */
const PERSIST_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** The log events of a refusal, and where it happened (the `where` label). */
const REFUSAL_EVENTS: Record<string, string> = {
  'upgrade-refused': 'upgrade',
  'connection-dropped': 'connection',
  // ws refusing a frame: above --max-payload (then closed with 1009), or not a valid frame.
  'connection-error': 'connection',
  'key-request-refused': 'key-request',
  'version-request-refused': 'version-request',
  'request-refused': 'request',
};

/** Reasons logged as sentences, by their code; the others are codes already. */
const REASON_CODES: Record<string, string> = {
  'shutting down': 'shutting-down',
  'too many new connections from this address': 'connection-rate',
  'too many connections': 'max-connections',
  'too many connections from this address': 'max-connections-per-address',
  'too many rooms in memory': 'max-rooms',
  'not a room path': 'not-a-room',
  'no key': 'no-key',
  'rate limit': 'version-rate',
  'rate-limited': 'key-rate',
};

export type Gauges = { roomsLoaded: number; connections: number };

type Histogram = { buckets: number[]; sum: number; count: number };

export class ServerMetrics {
  private readonly refusals = new Map<string, number>();
  private readonly persist = new Map<string, Histogram>();
  private readonly sockets = new Set<Socket>();
  /** Bytes of the sockets already closed; open ones are read when scraped. */
  private closedRead = 0;
  private closedWritten = 0;

  /** Counts every refusal the server logs, whatever the log then keeps of it. */
  observing(log: SyncLog): SyncLog {
    const count = (entry: SyncEvent): void => {
      const where = REFUSAL_EVENTS[entry.event];
      if (where !== undefined) this.countRefusal(where, reasonCodeOf(entry));
    };
    return {
      info: (entry) => log.info(entry),
      warn: (entry) => {
        count(entry);
        log.warn(entry);
      },
      error: (entry) => {
        count(entry);
        log.error(entry);
      },
    };
  }

  /** Every TCP connection of the server: HTTP requests and the WebSockets upgraded from them. */
  trackSocket(socket: Socket): void {
    this.sockets.add(socket);
    socket.once('close', () => {
      this.sockets.delete(socket);
      this.closedRead += socket.bytesRead;
      this.closedWritten += socket.bytesWritten;
    });
  }

  /** Times one store write (`write` names which kind) whether it succeeds or fails. */
  async timed<T>(write: string, run: () => Promise<T>): Promise<T> {
    const started = process.hrtime.bigint();
    try {
      return await run();
    } finally {
      this.observePersist(write, Number(process.hrtime.bigint() - started) / 1e9);
    }
  }

  render(gauges: Gauges): string {
    let read = this.closedRead;
    let written = this.closedWritten;
    for (const socket of this.sockets) {
      read += socket.bytesRead;
      written += socket.bytesWritten;
    }
    const memory = process.memoryUsage();
    const lines = [
      ...metric('cotutor_rooms_loaded', 'gauge', 'Rooms held in memory.', [
        ['', gauges.roomsLoaded],
      ]),
      ...metric('cotutor_connections', 'gauge', 'Open WebSocket connections.', [
        ['', gauges.connections],
      ]),
      ...metric('cotutor_bytes_received_total', 'counter', 'Bytes received from clients.', [
        ['', read],
      ]),
      ...metric('cotutor_bytes_sent_total', 'counter', 'Bytes sent to clients.', [['', written]]),
      ...metric(
        'cotutor_refused_total',
        'counter',
        'Connections, messages and requests refused, by where and why.',
        [...this.refusals].sort().map(([labels, value]) => [labels, value]),
      ),
      ...this.renderPersist(),
      ...metric('process_resident_memory_bytes', 'gauge', 'Resident memory of the process.', [
        ['', memory.rss],
      ]),
      ...metric('process_heap_used_bytes', 'gauge', 'V8 heap in use.', [['', memory.heapUsed]]),
    ];
    return `${lines.join('\n')}\n`;
  }

  private countRefusal(where: string, reason: string): void {
    const labels = `where="${where}",reason="${reason}"`;
    this.refusals.set(labels, (this.refusals.get(labels) ?? 0) + 1);
  }

  private observePersist(write: string, seconds: number): void {
    let histogram = this.persist.get(write);
    if (histogram === undefined) {
      histogram = { buckets: PERSIST_BUCKETS.map(() => 0), sum: 0, count: 0 };
      this.persist.set(write, histogram);
    }
    PERSIST_BUCKETS.forEach((bound, index) => {
      if (seconds <= bound && histogram !== undefined) histogram.buckets[index]! += 1;
    });
    histogram.sum += seconds;
    histogram.count += 1;
  }

  private renderPersist(): string[] {
    const samples: [string, number][] = [];
    for (const [write, histogram] of [...this.persist].sort()) {
      PERSIST_BUCKETS.forEach((bound, index) => {
        samples.push([`write="${write}",le="${bound}"`, histogram.buckets[index] ?? 0]);
      });
      samples.push([`write="${write}",le="+Inf"`, histogram.count]);
    }
    const lines = metric('cotutor_persist_seconds', 'histogram', 'Store writes, by kind.', []);
    for (const [labels, value] of samples)
      lines.push(`cotutor_persist_seconds_bucket{${labels}} ${value}`);
    for (const [write, histogram] of [...this.persist].sort()) {
      lines.push(`cotutor_persist_seconds_sum{write="${write}"} ${histogram.sum}`);
      lines.push(`cotutor_persist_seconds_count{write="${write}"} ${histogram.count}`);
    }
    return lines;
  }
}

function metric(
  name: string,
  type: 'gauge' | 'counter' | 'histogram',
  help: string,
  samples: [string, number][],
): string[] {
  return [
    `# HELP ${name} ${help}`,
    `# TYPE ${name} ${type}`,
    ...samples.map(([labels, value]) => `${name}${labels === '' ? '' : `{${labels}}`} ${value}`),
  ];
}

/**
 * A refusal's reason as a short code: the `refusal` a connection drop logs, a
 * reason code as it is, a sentence by the table above. A reason with details
 * after a colon ("room unreadable: …") keeps only what comes before, and only
 * letters and dashes, so that no detail becomes a label.
 */
function reasonCodeOf(entry: SyncEvent): string {
  const reason = String(entry.refusal ?? entry.reason ?? 'unknown');
  const code = REASON_CODES[reason];
  if (code !== undefined) return code;
  const slug = (reason.split(':')[0] ?? '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 48);
  return slug === '' ? 'unknown' : slug;
}
