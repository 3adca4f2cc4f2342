import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { messageOf } from '../../../shared/errors/message-of';
import { VERSION_LIMITS } from '../../../shared/history/version-list';
import {
  DEFAULT_BYTE_RATE_PER_SECOND,
  DEFAULT_CONNECTION_RATE,
  DEFAULT_KEY_REQUEST_RATE,
  DEFAULT_MAX_BUFFERED_BYTES,
  DEFAULT_MAX_BUFFERED_BYTES_PER_ADDRESS,
  DEFAULT_MAX_CONNECTIONS,
  DEFAULT_MAX_CONNECTIONS_PER_ADDRESS,
  DEFAULT_MAX_PAYLOAD,
  DEFAULT_MAX_ROOM_BYTES,
  DEFAULT_MAX_ROOMS,
  DEFAULT_MAX_VERSIONS_PER_ROOM,
  DEFAULT_MESSAGE_RATE,
  DEFAULT_SYNC_REQUEST_RATE,
  DEFAULT_VERSION_REQUEST_RATE,
} from './options';
import { PACKAGED_APP_ORIGIN } from './request-origin';
import type { Rate } from './token-bucket';

export const USAGE = `Usage: npm run server -- [options]
  --host ADDRESS       address to listen on (default 127.0.0.1; 0.0.0.0 for all)
  --port N             port, 0 for any free one (default 1234)
  --data-dir DIR       room keys and documents (default $XDG_DATA_HOME/cotutor-sync,
                       or ~/.local/share/cotutor-sync)
  --database URL       keep rooms, keys and versions in PostgreSQL instead of files:
                       postgres://user@host:port/db (the password from PGPASSWORD
                       or ~/.pgpass, so that it is not on the command line)
  --max-rooms N        rooms in memory at once (default ${DEFAULT_MAX_ROOMS})
  --max-payload BYTES  largest message accepted (default ${DEFAULT_MAX_PAYLOAD})
  --max-room-bytes BYTES  stored size of one room (default ${DEFAULT_MAX_ROOM_BYTES})
  --rate N/BURST       messages per second per connection, and burst
                       (default ${rateText(DEFAULT_MESSAGE_RATE)})
  --byte-rate BYTES/BURST  bytes per second per connection, and burst
                       (default ${DEFAULT_BYTE_RATE_PER_SECOND}/twice --max-payload)
  --sync-rate N/BURST  whole-document requests per connection
                       (default ${rateText(DEFAULT_SYNC_REQUEST_RATE)})
  --max-buffered-bytes BYTES  what may wait to be sent to one connection
                       (default ${DEFAULT_MAX_BUFFERED_BYTES})
  --max-buffered-bytes-per-address BYTES  the same for all of one address's
                       connections (default ${DEFAULT_MAX_BUFFERED_BYTES_PER_ADDRESS})
  --connection-rate N/BURST  new connections per address
                       (default ${rateText(DEFAULT_CONNECTION_RATE)})
  --max-connections-per-address N  open connections per address
                       (default ${DEFAULT_MAX_CONNECTIONS_PER_ADDRESS})
  --max-connections N  open connections in all (default ${DEFAULT_MAX_CONNECTIONS})
  --key-rate N/BURST   key registrations and rotations per address
                       (default ${rateText(DEFAULT_KEY_REQUEST_RATE)})
  --version-rate N/BURST  version uploads and downloads per address
                       (default ${rateText(DEFAULT_VERSION_REQUEST_RATE)})
  --max-version-bytes BYTES  largest version body accepted
                       (default ${VERSION_LIMITS.maxBodyBytes})
  --max-versions N     version bodies kept per program (default ${DEFAULT_MAX_VERSIONS_PER_ROOM})
  --trust-proxy        take client addresses from X-Forwarded-For (behind a proxy only)
  --registration-token-file PATH  only requests with the token in this file
                       register new rooms (or set COTUTOR_REGISTRATION_TOKEN)
  --open-registration  let anyone who reaches the server register rooms
  --metrics-token-file PATH  /metrics also answers requests with the token in this
                       file (Authorization: Bearer); without it, only requests
                       from this machine (loopback) read it
  --allow-origin URL   a browser origin whose requests are accepted besides the desktop
                       app's (app://cotutor); repeat for several, e.g. a web preview
  --help               show this text

One of --registration-token-file, COTUTOR_REGISTRATION_TOKEN or --open-registration
is required.`;

export type CliOptions = {
  host: string;
  port: number;
  dataDirectory: string;
  database?: string;
  maxRooms: number;
  maxPayload: number;
  maxRoomBytes: number;
  messageRate: Rate;
  /** Undefined: the default, which follows maxPayload. */
  byteRate?: Rate;
  syncRequestRate: Rate;
  maxBufferedBytes: number;
  maxBufferedBytesPerAddress: number;
  connectionRate: Rate;
  maxConnectionsPerAddress: number;
  maxConnections: number;
  keyRequestRate: Rate;
  versionRequestRate: Rate;
  maxVersionBytes: number;
  maxVersionsPerRoom: number;
  trustProxy: boolean;
  /** Undefined only with --open-registration. */
  registrationToken?: string;
  metricsToken?: string;
  allowedOrigins: string[];
};

/** The environment variable that may hold the registration token (for container secrets). */
export const REGISTRATION_TOKEN_ENV = 'COTUTOR_REGISTRATION_TOKEN';

/** A mistake on the command line: the CLI prints it with the usage and exits with 2. */
export class UsageError extends Error {}
export class HelpRequest extends Error {}

export function parseCli(argv: string[], env: NodeJS.ProcessEnv = process.env): CliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        host: { type: 'string', default: '127.0.0.1' },
        port: { type: 'string', default: '1234' },
        'data-dir': { type: 'string' },
        database: { type: 'string' },
        'max-rooms': { type: 'string', default: String(DEFAULT_MAX_ROOMS) },
        'max-payload': { type: 'string', default: String(DEFAULT_MAX_PAYLOAD) },
        'max-room-bytes': { type: 'string', default: String(DEFAULT_MAX_ROOM_BYTES) },
        rate: { type: 'string', default: rateText(DEFAULT_MESSAGE_RATE) },
        'byte-rate': { type: 'string' },
        'sync-rate': { type: 'string', default: rateText(DEFAULT_SYNC_REQUEST_RATE) },
        'max-buffered-bytes': { type: 'string', default: String(DEFAULT_MAX_BUFFERED_BYTES) },
        'max-buffered-bytes-per-address': {
          type: 'string',
          default: String(DEFAULT_MAX_BUFFERED_BYTES_PER_ADDRESS),
        },
        'connection-rate': { type: 'string', default: rateText(DEFAULT_CONNECTION_RATE) },
        'max-connections-per-address': {
          type: 'string',
          default: String(DEFAULT_MAX_CONNECTIONS_PER_ADDRESS),
        },
        'max-connections': { type: 'string', default: String(DEFAULT_MAX_CONNECTIONS) },
        'key-rate': { type: 'string', default: rateText(DEFAULT_KEY_REQUEST_RATE) },
        'version-rate': { type: 'string', default: rateText(DEFAULT_VERSION_REQUEST_RATE) },
        'max-version-bytes': { type: 'string', default: String(VERSION_LIMITS.maxBodyBytes) },
        'max-versions': { type: 'string', default: String(DEFAULT_MAX_VERSIONS_PER_ROOM) },
        'trust-proxy': { type: 'boolean', default: false },
        'registration-token-file': { type: 'string' },
        'open-registration': { type: 'boolean', default: false },
        'metrics-token-file': { type: 'string' },
        'allow-origin': { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError(messageOf(error));
  }
  if (values.help) throw new HelpRequest();
  if (values.host.trim() === '') throw new UsageError('--host needs an address.');
  const dataDir = values['data-dir'];
  if (dataDir !== undefined && dataDir.trim() === '')
    throw new UsageError('--data-dir needs a folder.');
  const database = values.database;
  if (database !== undefined && !/^postgres(ql)?:\/\/./.test(database))
    throw new UsageError('--database needs a connection string, postgres://user@host:port/db.');
  if (database !== undefined && dataDir !== undefined)
    throw new UsageError('--database and --data-dir exclude each other: rooms are kept in one.');
  const byteRate = values['byte-rate'];
  const metricsFile = values['metrics-token-file'];
  const metricsToken =
    metricsFile === undefined
      ? undefined
      : checkedToken('metrics', tokenFromFile('metrics', metricsFile));
  const registrationToken = registrationTokenOf(
    values['registration-token-file'],
    values['open-registration'],
    env,
  );
  return {
    ...(registrationToken === undefined ? {} : { registrationToken }),
    ...(metricsToken === undefined ? {} : { metricsToken }),
    host: values.host,
    port: wholeNumber('--port', values.port, 0, 65535),
    dataDirectory: resolve(dataDir ?? defaultDataDirectory(env)),
    ...(database === undefined ? {} : { database }),
    maxRooms: wholeNumber('--max-rooms', values['max-rooms'], 1, 1_000_000),
    maxPayload: wholeNumber('--max-payload', values['max-payload'], 64 * 1024, 1024 ** 3),
    maxRoomBytes: wholeNumber('--max-room-bytes', values['max-room-bytes'], 64 * 1024, 1024 ** 4),
    messageRate: rateOf('--rate', 'messages', values.rate),
    ...(byteRate === undefined ? {} : { byteRate: rateOf('--byte-rate', 'bytes', byteRate, 1e10) }),
    syncRequestRate: rateOf('--sync-rate', 'whole-document requests', values['sync-rate']),
    maxBufferedBytes: wholeNumber(
      '--max-buffered-bytes',
      values['max-buffered-bytes'],
      64 * 1024,
      1024 ** 3,
    ),
    maxBufferedBytesPerAddress: wholeNumber(
      '--max-buffered-bytes-per-address',
      values['max-buffered-bytes-per-address'],
      64 * 1024,
      16 * 1024 ** 3,
    ),
    connectionRate: rateOf('--connection-rate', 'new connections', values['connection-rate']),
    maxConnectionsPerAddress: wholeNumber(
      '--max-connections-per-address',
      values['max-connections-per-address'],
      1,
      1_000_000,
    ),
    maxConnections: wholeNumber('--max-connections', values['max-connections'], 1, 1_000_000),
    keyRequestRate: rateOf('--key-rate', 'key requests', values['key-rate']),
    versionRequestRate: rateOf('--version-rate', 'version requests', values['version-rate']),
    maxVersionBytes: wholeNumber(
      '--max-version-bytes',
      values['max-version-bytes'],
      1024,
      VERSION_LIMITS.maxBodyBytes,
    ),
    maxVersionsPerRoom: wholeNumber('--max-versions', values['max-versions'], 1, 1_000_000),
    trustProxy: values['trust-proxy'],
    allowedOrigins: [PACKAGED_APP_ORIGIN, ...values['allow-origin'].map(originOf)],
  };
}

/**
 * The token from its file or the environment, or undefined for an open server.
 * Starting with neither is refused: a server reachable from the internet that
 * lets anyone create rooms must be a choice, not an oversight.
 */
function registrationTokenOf(
  file: string | undefined,
  open: boolean,
  env: NodeJS.ProcessEnv,
): string | undefined {
  const fromEnv = env[REGISTRATION_TOKEN_ENV]?.trim() ?? '';
  if (file !== undefined && fromEnv !== '') {
    throw new UsageError(
      `Give the registration token either with --registration-token-file or in ${REGISTRATION_TOKEN_ENV}, not both.`,
    );
  }
  const token = file === undefined ? fromEnv : tokenFromFile('registration', file);
  if (open && token !== '') {
    throw new UsageError('--open-registration cannot be used with a registration token.');
  }
  if (open) return undefined;
  if (token === '') {
    throw new UsageError(
      'The server needs a registration token (--registration-token-file PATH, or ' +
        `${REGISTRATION_TOKEN_ENV}), or --open-registration to let anyone who reaches it ` +
        'register rooms.',
    );
  }
  return checkedToken('registration', token);
}

function checkedToken(kind: 'registration' | 'metrics', token: string): string {
  // The message never quotes the token.
  if (token.length < 16 || !/^[\x21-\x7e]+$/.test(token)) {
    throw new UsageError(
      `The ${kind} token must be at least 16 printable ASCII characters without spaces ` +
        '(for example: openssl rand -base64 32).',
    );
  }
  return token;
}

function tokenFromFile(kind: 'registration' | 'metrics', file: string): string {
  if (file.trim() === '') throw new UsageError(`--${kind}-token-file needs a file.`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`The ${kind} token file ${file} cannot be read: ${messageOf(error)}`);
  }
  const token = text.trim();
  if (token === '') throw new UsageError(`The ${kind} token file ${file} is empty.`);
  return token;
}

/** An origin as browsers send it: scheme, host and port, nothing after. */
function originOf(text: string): string {
  let url: URL | null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (url === null || url.origin === 'null' || url.origin !== text.replace(/\/$/, '')) {
    throw new UsageError(
      `--allow-origin must be an origin such as https://example.org, not "${text}".`,
    );
  }
  return url.origin;
}

function defaultDataDirectory(env: NodeJS.ProcessEnv): string {
  const base =
    env.XDG_DATA_HOME !== undefined && env.XDG_DATA_HOME !== ''
      ? env.XDG_DATA_HOME
      : join(homedir(), '.local/share');
  return join(base, 'cotutor-sync');
}

function wholeNumber(flag: string, text: string, min: number, max: number): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || value < min || value > max) {
    throw new UsageError(`${flag} must be a whole number from ${min} to ${max}, not "${text}".`);
  }
  return value;
}

function rateText(rate: Rate): string {
  return `${rate.perSecond}/${rate.burst}`;
}

/** `N/BURST`: so many `what` per second, and how many may come at once (the bounds of options.ts). */
function rateOf(flag: string, what: string, text: string, max = 1e6): Rate {
  const match = /^(\d+(?:\.\d+)?)\/(\d+)$/.exec(text);
  const perSecond = Number(match?.[1]);
  const burst = Number(match?.[2]);
  if (match === null || perSecond <= 0 || burst < 1 || burst > max || perSecond > max) {
    throw new UsageError(
      `${flag} must be ${what} per second and a burst, each at most ${max}, e.g. 60/300, not "${text}".`,
    );
  }
  return { perSecond, burst };
}
