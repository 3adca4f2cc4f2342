import { EventFrameReader, type HostEventMessage } from '../../../shared/host-api/event-stream';

type Listener = (payload: unknown) => void;

/** Opens the web host's event stream; the signal ends it. */
export type OpenStream = (signal: AbortSignal) => Promise<Response>;

/**
 * The web host's events for the whole page over one stream, open while anyone
 * listens. A stream cut by the network (the host restarting, a laptop waking)
 * is opened again after a pause; one refused by the host (a stale token) is not,
 * since asking again would be refused again.
 */
export class HostEventStream {
  private readonly listeners = new Map<string, Set<Listener>>();
  private connection: AbortController | null = null;

  constructor(
    private readonly open: OpenStream,
    private readonly retryMs = 1000,
  ) {}

  readonly listen = (namespace: string, event: string, listener: Listener): (() => void) => {
    const key = keyOf(namespace, event);
    const entry: Listener = (payload) => listener(payload);
    const set = this.listeners.get(key) ?? new Set<Listener>();
    set.add(entry);
    this.listeners.set(key, set);
    if (this.connection === null) this.connect();
    return () => {
      set.delete(entry);
      if (set.size === 0) this.listeners.delete(key);
      if (this.listeners.size === 0) this.disconnect();
    };
  };

  private connect(): void {
    const connection = new AbortController();
    this.connection = connection;
    this.read(connection.signal).then(
      (refused) => (refused ? this.giveUp(connection) : this.retry(connection)),
      () => this.retry(connection),
    );
  }

  private disconnect(): void {
    this.connection?.abort();
    this.connection = null;
  }

  private retry(connection: AbortController): void {
    if (this.connection !== connection || connection.signal.aborted) return;
    setTimeout(() => {
      if (this.connection === connection) this.connect();
    }, this.retryMs);
  }

  private giveUp(connection: AbortController): void {
    if (this.connection === connection) this.connection = null;
  }

  /** Reads the stream until it ends; true when the host refused it. */
  private async read(signal: AbortSignal): Promise<boolean> {
    const response = await this.open(signal);
    if (!response.ok || response.body === null)
      return response.status >= 400 && response.status < 500;
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    const frames = new EventFrameReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return false;
      for (const message of frames.push(value)) this.deliver(message);
    }
  }

  private deliver({ namespace, event, payload }: HostEventMessage): void {
    for (const listener of [...(this.listeners.get(keyOf(namespace, event)) ?? [])])
      listener(payload);
  }
}

function keyOf(namespace: string, event: string): string {
  return `${namespace}.${event}`;
}
