import pg from 'pg';
import { z } from 'zod';

import { messageOf } from '../../../../shared/errors/message-of';
import type { StoreChanges } from '../server-storage';
import type { SyncLog } from '../sync-log';

/**
 * The channels through which server processes sharing one database tell each
 * other what they stored. A payload names a room and the position of its last
 * stored row, never the update itself: a NOTIFY payload holds at most 8000 bytes.
 */
export const ROOM_CHANNEL = 'cotutor_room';
export const KEY_CHANNEL = 'cotutor_key';

/** `<position> <room>`, as room-rows.ts sends it. */
const roomNotice = z
  .string()
  .regex(/^\d+ \S+$/)
  .transform((payload) => {
    const space = payload.indexOf(' ');
    return { through: BigInt(payload.slice(0, space)), room: payload.slice(space + 1) };
  });

/** The first wait before listening again after the connection was lost; doubled up to the most. */
const FIRST_RETRY_MS = 100;
const MOST_RETRY_MS = 5_000;

/**
 * One connection of its own (not from the pool: a pooled one is handed to other
 * queries) that LISTENs on both channels. PostgreSQL delivers a notification
 * after its transaction commits, and only to connections listening then: when
 * the connection is lost, it connects again with a growing wait, and once it
 * listens again it reports `missed`, since what was stored meanwhile was told
 * to nobody here.
 */
export class StoreNotices {
  private client: pg.Client | null = null;
  private changes: StoreChanges | null = null;
  private retry: NodeJS.Timeout | null = null;
  private wait = FIRST_RETRY_MS;
  private closed = false;

  private constructor(
    private readonly connectionString: string,
    private readonly log: SyncLog,
  ) {}

  /** Listens before the server serves anything, so that no room is loaded unheard. */
  static async listen(connectionString: string, log: SyncLog): Promise<StoreNotices> {
    const notices = new StoreNotices(connectionString, log);
    notices.client = await notices.connect();
    return notices;
  }

  follow(changes: StoreChanges): void {
    this.changes = changes;
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.retry !== null) clearTimeout(this.retry);
    this.retry = null;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<pg.Client> {
    const client = new pg.Client({
      connectionString: this.connectionString,
      application_name: 'cotutor-sync-notices',
      // A connection the network dropped without a word is found out, and replaced.
      keepAlive: true,
      connectionTimeoutMillis: 5_000,
    });
    client.on('notification', (message) => this.heard(message.channel, message.payload ?? ''));
    client.on('error', (error) => this.lost(client, error));
    client.on('end', () => this.lost(client, new Error('the connection ended')));
    try {
      await client.connect();
      await client.query(`LISTEN ${ROOM_CHANNEL}; LISTEN ${KEY_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    return client;
  }

  private heard(channel: string, payload: string): void {
    if (this.changes === null) return;
    if (channel === KEY_CHANNEL) return this.changes.key(payload);
    const notice = roomNotice.safeParse(payload);
    if (!notice.success) {
      this.log.warn({ event: 'store-notice-unreadable', channel, payload: payload.slice(0, 200) });
      return;
    }
    this.changes.room(notice.data.room, notice.data.through);
  }

  private lost(client: pg.Client, error: unknown): void {
    if (this.closed || this.client !== client) return;
    this.client = null;
    void client.end().catch(() => undefined);
    this.log.warn({ event: 'store-notices-lost', reason: messageOf(error) });
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    this.retry = setTimeout(() => void this.reconnect(), this.wait);
    this.retry.unref();
    this.wait = Math.min(this.wait * 2, MOST_RETRY_MS);
  }

  private async reconnect(): Promise<void> {
    this.retry = null;
    let client: pg.Client;
    try {
      client = await this.connect();
    } catch {
      if (!this.closed) this.scheduleRetry();
      return;
    }
    if (this.closed) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.wait = FIRST_RETRY_MS;
    this.log.info({ event: 'store-notices-back' });
    this.changes?.missed();
  }
}
