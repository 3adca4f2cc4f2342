import pg from 'pg';

import { messageOf } from '../../../../shared/errors/message-of';
import type { SyncLog } from '../sync-log';
import { withoutPassword } from './connection-string';

/** A query waits this long for a connection before it fails (the database may be gone). */
const CONNECT_TIMEOUT_MS = 5_000;
/** While the database is out of reach, it is tried this often. */
const PROBE_INTERVAL_MS = 1_000;
/**
 * Connections held at most. Writes of one room are serialized, so this bounds
 * how many rooms write at the same moment; more wait in the pool's queue.
 */
const MAX_CONNECTIONS = 10;

export type Queryable = Pick<pg.PoolClient, 'query'>;

/**
 * The server's PostgreSQL connections (a pg Pool) and whether the database can
 * be reached. A query that fails because the connection is lost marks it out
 * of reach; it is then probed every second, and reachable again after the first
 * probe that succeeds. The pool opens new connections by itself meanwhile.
 */
export class Database {
  private reachable = true;
  private probe: NodeJS.Timeout | null = null;
  private closed = false;

  private constructor(
    private readonly pool: pg.Pool,
    readonly displayName: string,
    private readonly log: SyncLog,
  ) {
    // An idle connection the server closed: without a listener, Node would crash.
    pool.on('error', (error) => this.lost(error));
  }

  /** Connects once, so that a database out of reach fails the start with a clear message. */
  static async connect(connectionString: string, log: SyncLog): Promise<Database> {
    const displayName = withoutPassword(connectionString);
    const pool = new pg.Pool({
      connectionString,
      max: MAX_CONNECTIONS,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      idleTimeoutMillis: 30_000,
      application_name: 'cotutor-sync',
    });
    try {
      await pool.query('SELECT 1');
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw new Error(`Cannot reach the database ${displayName}: ${reasonOf(error)}`, {
        cause: error,
      });
    }
    return new Database(pool, displayName, log);
  }

  available(): boolean {
    return this.reachable;
  }

  async query<R extends pg.QueryResultRow>(
    text: string,
    values?: unknown[],
  ): Promise<pg.QueryResult<R>> {
    try {
      return await this.pool.query<R>(text, values);
    } catch (error) {
      if (isConnectionLoss(error)) this.lost(error);
      throw error;
    }
  }

  /**
   * Several statements in one round trip (a simple query, so without
   * parameters): PostgreSQL runs them as one implicit transaction, committed
   * when the last one ends, or rolled back whole if one fails. One result per
   * statement, in order.
   */
  async script<R extends pg.QueryResultRow>(text: string): Promise<pg.QueryResult<R>[]> {
    // pg answers a simple query of several statements with one result each.
    const results = (await this.query<R>(text)) as pg.QueryResult<R> | pg.QueryResult<R>[];
    return Array.isArray(results) ? results : [results];
  }

  /** Runs `work` in one transaction: committed whole, or rolled back whole. */
  async transaction<T>(work: (client: Queryable) => Promise<T>, begin = 'BEGIN'): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      this.lost(error);
      throw error;
    }
    let broken: unknown = undefined;
    try {
      await client.query(begin);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      if (isConnectionLoss(error)) {
        broken = error;
        this.lost(error);
      } else {
        await client.query('ROLLBACK').catch((rollback: unknown) => (broken = rollback));
      }
      throw error;
    } finally {
      // A connection in an unknown state is closed, not handed to the next query.
      client.release(broken === undefined ? undefined : true);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.probe !== null) clearInterval(this.probe);
    this.probe = null;
    await this.pool.end();
  }

  private lost(error: unknown): void {
    if (this.closed || !this.reachable) return;
    this.reachable = false;
    this.log.error({ event: 'store-unavailable', reason: reasonOf(error) });
    this.probe = setInterval(() => void this.tryAgain(), PROBE_INTERVAL_MS);
    this.probe.unref();
  }

  private async tryAgain(): Promise<void> {
    try {
      await this.pool.query('SELECT 1');
    } catch {
      return;
    }
    if (this.reachable || this.closed) return;
    this.reachable = true;
    if (this.probe !== null) clearInterval(this.probe);
    this.probe = null;
    this.log.info({ event: 'store-available' });
  }
}

/**
 * Lost or refused connections, and the server shutting down or starting up
 * (SQLSTATE classes 08 and 57P), as opposed to an error in one statement.
 */
function isConnectionLoss(error: unknown): boolean {
  if (error instanceof pg.DatabaseError) {
    const code = error.code ?? '';
    return code.startsWith('08') || code.startsWith('57P');
  }
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && NETWORK_ERRORS.has(code)) return true;
  // The driver's own words for a connection that closed or never opened.
  return /connection terminated|timeout exceeded when trying to connect|not queryable/i.test(
    error.message,
  );
}

const NETWORK_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENOENT', // a Unix socket that is not there (yet)
]);

/** Node reports a refused connection to both ::1 and 127.0.0.1 as an AggregateError without a message. */
function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.message === '') {
    return error.errors.map((inner) => messageOf(inner)).join('; ');
  }
  const code = (error as { code?: unknown } | null)?.code;
  const message = messageOf(error);
  return typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
}
