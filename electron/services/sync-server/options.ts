import { z } from 'zod';

import { VERSION_LIMITS } from '../../../shared/history/version-list';
import type { Logger } from '../logger';
import {
  type AllowedOrigins,
  type OriginCheck,
  originCheckOf,
  PACKAGED_APP_ORIGIN,
} from './request-origin';
import type { Rate } from './token-bucket';

export type SyncServerOptions = {
  /** 127.0.0.1 for a server behind a reverse proxy; 0.0.0.0 to host on the LAN. */
  host: string;
  /** 0 picks a free port. */
  port: number;
  /**
   * Holds room-keys.json, rooms/<program id>.ydoc, rooms/<program id>.review.ydoc
   * and the version bodies in rooms/<program id>.versions/.
   */
  dataDirectory: string;
  /**
   * A PostgreSQL connection string (postgres://user@host:port/db): rooms, keys
   * and version bodies are kept in that database instead, and `dataDirectory`
   * is not used.
   */
  database?: string;
  /** Rooms held in memory at once (default 200); a connection to one more is refused with 503. */
  maxRooms?: number;
  /**
   * A room's stored size, in bytes (default 64 MiB): its stored log (appended
   * updates and the last compacted state) plus what waits to be appended. An
   * update that would take it past this closes the connection with 4413
   * `room-too-large`, and nothing of it is applied or stored.
   */
  maxRoomBytes?: number;
  /** Largest WebSocket message accepted, in bytes (default 2 MiB); larger ones close with 1009. */
  maxPayload?: number;
  /** Messages per connection (default 60/s, burst 300); a connection above it is closed with 1008. */
  messageRate?: Rate;
  /** Bytes a client may send per connection (default 2 MiB/s, burst twice maxPayload); above it, 1008. */
  byteRate?: Rate;
  /** Requests for the whole document per connection (default 1/s, burst 10); above it, 1008. */
  syncRequestRate?: Rate;
  /**
   * What may wait in a connection's send buffer (default 8 MiB) before one more
   * message closes it: a client that does not read cannot make the server queue
   * copies of a room. What waits stays under this plus one message, so a first
   * sync of a room larger than this still works.
   */
  maxBufferedBytes?: number;
  /**
   * What may wait in the send buffers of one address's connections together
   * (default 32 MiB; IPv6 per /64): past it, the connection sending is closed.
   */
  maxBufferedBytesPerAddress?: number;
  /** New connections per remote address, IPv6 per /64 (default 2/s, burst 40); more get 429. */
  connectionRate?: Rate;
  /** Open connections per remote address, IPv6 counted per /64 (default 64); more get 429. */
  maxConnectionsPerAddress?: number;
  /** Open connections in all (default 5000); more get 503. */
  maxConnections?: number;
  /** Key registrations and rotations per remote address (default 1/s, burst 30). */
  keyRequestRate?: Rate;
  /** Largest version body accepted, in bytes (default 32 MiB, VERSION_LIMITS.maxBodyBytes); larger ones get 413. */
  maxVersionBytes?: number;
  /** Version bodies kept per program (default 2,500); one more gets 507. */
  maxVersionsPerRoom?: number;
  /** Version uploads and downloads per remote address (default 5/s, burst 200). */
  versionRequestRate?: Rate;
  /**
   * Take the client's address from X-Forwarded-For (its last entry, the one the
   * proxy added). Only behind a reverse proxy: otherwise clients could forge it.
   */
  trustProxy?: boolean;
  /**
   * The browser Origins whose requests and WebSockets are accepted (default: the
   * packaged desktop app's, app://cotutor). A request without Origin (a program,
   * such as the app's main process, which makes the key and version requests) is
   * always accepted; one with any other Origin gets 403 origin-not-allowed.
   */
  allowedOrigins?: AllowedOrigins;
  /**
   * When set, registering a new room needs `Authorization: Bearer <token>`
   * (docs/deploy.md); without it anyone who reaches the server may create rooms,
   * bounded by the budgets above. Rotating and removing a room need its owner
   * secret either way.
   */
  registrationToken?: string;
  /**
   * When set, /metrics is also answered to requests with `Authorization: Bearer
   * <token>` from anywhere; without it, only to the machine itself (loopback).
   */
  metricsToken?: string;
  /**
   * Serve https:// and wss:// with this key and certificate (PEM), as the server
   * hosted on a co-tutor's computer does. A standalone server leaves TLS to the
   * reverse proxy in front of it (docs/deploy.md).
   */
  tls?: { key: string; cert: string };
  /** Where the structured log lines go (default: the console). */
  log?: Logger;
};

export type SyncServer = {
  /** ws://host:port, or wss://host:port with `tls` */
  url: string;
  port: number;
  /** Stops accepting, closes every connection, persists and unloads every room. */
  close(): Promise<void>;
  stats(): { roomsInMemory: number; connections: number };
};

export const DEFAULT_MAX_ROOMS = 200;
// The 60,000-word benchmark program is 1.5 MB encoded; its log may grow to twice
// the document before it is compacted. 64 MiB is twenty such programs' worth of
// history: far beyond a real week, and it bounds what one key holder can store.
export const DEFAULT_MAX_ROOM_BYTES = 64 * 1024 * 1024;
// A first sync sends a whole program in one message: the 60,000-word benchmark
// program is 1.5 MB, and a program with a long history more. A refused first sync
// would be retried forever, so the default leaves room; deployments may lower it.
export const DEFAULT_MAX_PAYLOAD = 16 * 1024 * 1024;
// Typing sends one update and one awareness message per keystroke; a first sync a
// handful. 60/s sustained is several fast typists; the burst covers a paste or a
// reconnect that flushes queued changes.
export const DEFAULT_MESSAGE_RATE: Rate = { perSecond: 60, burst: 300 };
// A client sends a whole program once, on its first sync; typing afterwards is a
// few hundred bytes a second.
export const DEFAULT_BYTE_RATE_PER_SECOND = 2 * 1024 * 1024;
// A client asks for the document when it connects and after a reconnect; nothing
// it does while editing asks again.
export const DEFAULT_SYNC_REQUEST_RATE: Rate = { perSecond: 1, burst: 10 };
export const DEFAULT_MAX_BUFFERED_BYTES = 8 * 1024 * 1024;
// Four connections' worth: a co-tutor's two rooms of a program, twice over, while
// a slow link catches up.
export const DEFAULT_MAX_BUFFERED_BYTES_PER_ADDRESS = 32 * 1024 * 1024;
// Opening a program opens two connections (the program and its review); a
// workshop room behind one NAT address opens its twenty programs within a minute,
// and the app reconnects with a growing backoff.
export const DEFAULT_CONNECTION_RATE: Rate = { perSecond: 2, burst: 40 };
// A workshop room behind one NAT address: twenty co-tutors with three windows each.
export const DEFAULT_MAX_CONNECTIONS_PER_ADDRESS = 64;
export const DEFAULT_MAX_CONNECTIONS = 5000;
// Keys are registered when a program is shared and rotated by hand: a workshop
// room behind one NAT address shares tens of programs at most, in bursts.
export const DEFAULT_KEY_REQUEST_RATE: Rate = { perSecond: 1, burst: 30 };

// Retention leaves about one automatic version a day plus the named ones: years
// of a program's life. The bodies are the server's largest files, so the bound
// is what caps a room's disk use (with maxVersionBytes).
export const DEFAULT_MAX_VERSIONS_PER_ROOM = 2500;
// A computer that comes back online uploads every version it kept meanwhile, one
// after another; a co-tutor opening versions fetches a few.
export const DEFAULT_VERSION_REQUEST_RATE: Rate = { perSecond: 5, burst: 200 };

const rate = z.object({
  perSecond: z.number().positive().max(1e6),
  burst: z.number().int().min(1).max(1e6),
});

const settingsSchema = z.object({
  host: z.string().min(1),
  port: z.number().int().min(0).max(65535),
  dataDirectory: z.string().min(1),
  database: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'a postgres:// connection string')
    .max(4096)
    .optional(),
  maxRooms: z.number().int().min(1).max(1_000_000),
  maxRoomBytes: z
    .number()
    .int()
    .min(64 * 1024)
    .max(1024 ** 4),
  // Below 64 KiB a first sync of an ordinary program would not fit.
  maxPayload: z
    .number()
    .int()
    .min(64 * 1024)
    .max(1024 * 1024 * 1024),
  messageRate: rate,
  byteRate: z.object({
    perSecond: z.number().positive().max(1e10),
    burst: z.number().int().min(1).max(1e10),
  }),
  syncRequestRate: rate,
  maxBufferedBytes: z
    .number()
    .int()
    .min(64 * 1024)
    .max(1024 * 1024 * 1024),
  maxBufferedBytesPerAddress: z
    .number()
    .int()
    .min(64 * 1024)
    .max(16 * 1024 * 1024 * 1024),
  connectionRate: rate,
  maxConnectionsPerAddress: z.number().int().min(1).max(1_000_000),
  maxConnections: z.number().int().min(1).max(1_000_000),
  keyRequestRate: rate,
  maxVersionBytes: z.number().int().min(1024).max(VERSION_LIMITS.maxBodyBytes),
  maxVersionsPerRoom: z.number().int().min(1).max(1_000_000),
  versionRequestRate: rate,
  trustProxy: z.boolean(),
  // Long enough not to be guessed within the key request rate; no spaces, as it travels in a header.
  registrationToken: z
    .string()
    .min(16, 'a registration token needs at least 16 characters')
    .max(1024)
    .regex(/^[\x21-\x7e]+$/, 'a registration token is printable ASCII without spaces')
    .optional(),
  metricsToken: z
    .string()
    .min(16, 'a metrics token needs at least 16 characters')
    .max(1024)
    .regex(/^[\x21-\x7e]+$/, 'a metrics token is printable ASCII without spaces')
    .optional(),
});

export type SyncServerSettings = z.infer<typeof settingsSchema> & {
  isOriginAllowed: OriginCheck;
  tls: { key: string; cert: string } | undefined;
};

const origins = z.union([
  z.array(z.string().min(1).max(512)).max(100),
  z.custom<(origin: string) => boolean>((value) => typeof value === 'function'),
]);

export function resolveSettings(options: SyncServerOptions): SyncServerSettings {
  const parsed = settingsSchema.safeParse({
    host: options.host,
    port: options.port,
    dataDirectory: options.dataDirectory,
    database: options.database,
    maxRooms: options.maxRooms ?? DEFAULT_MAX_ROOMS,
    maxRoomBytes: options.maxRoomBytes ?? DEFAULT_MAX_ROOM_BYTES,
    maxPayload: options.maxPayload ?? DEFAULT_MAX_PAYLOAD,
    messageRate: options.messageRate ?? DEFAULT_MESSAGE_RATE,
    byteRate: options.byteRate ?? {
      perSecond: DEFAULT_BYTE_RATE_PER_SECOND,
      // The first sync of the largest room a client may send, twice (two tabs, a reconnect).
      burst: 2 * (options.maxPayload ?? DEFAULT_MAX_PAYLOAD),
    },
    syncRequestRate: options.syncRequestRate ?? DEFAULT_SYNC_REQUEST_RATE,
    maxBufferedBytes: options.maxBufferedBytes ?? DEFAULT_MAX_BUFFERED_BYTES,
    maxBufferedBytesPerAddress:
      options.maxBufferedBytesPerAddress ?? DEFAULT_MAX_BUFFERED_BYTES_PER_ADDRESS,
    connectionRate: options.connectionRate ?? DEFAULT_CONNECTION_RATE,
    maxConnectionsPerAddress:
      options.maxConnectionsPerAddress ?? DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
    maxConnections: options.maxConnections ?? DEFAULT_MAX_CONNECTIONS,
    keyRequestRate: options.keyRequestRate ?? DEFAULT_KEY_REQUEST_RATE,
    maxVersionBytes: options.maxVersionBytes ?? VERSION_LIMITS.maxBodyBytes,
    maxVersionsPerRoom: options.maxVersionsPerRoom ?? DEFAULT_MAX_VERSIONS_PER_ROOM,
    versionRequestRate: options.versionRequestRate ?? DEFAULT_VERSION_REQUEST_RATE,
    trustProxy: options.trustProxy ?? false,
    registrationToken: options.registrationToken,
    metricsToken: options.metricsToken,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    // The message never quotes the value: it may be a token.
    throw new Error(`Invalid sync server option ${issue?.path.join('.')}: ${issue?.message}`);
  }
  const allowed = origins.safeParse(options.allowedOrigins ?? [PACKAGED_APP_ORIGIN]);
  if (!allowed.success) throw new Error('Invalid sync server option allowedOrigins');
  // Never parsed with the others: a refusal must not quote the private key.
  return { ...parsed.data, isOriginAllowed: originCheckOf(allowed.data), tls: options.tls };
}
