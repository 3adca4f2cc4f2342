import type { IncomingMessage, ServerResponse } from 'node:http';

import { VERSION_ID } from '../../../shared/history/version-list';
import { BodyTooLarge, readBodyBytes } from '../http-body';
import { decodeVersionBody, VERSION_HEADER_BYTES } from '../storage/version-body';
import { sendJson } from './http-answers';
import { keyIsCurrent, type RoomKeys } from './room-keys';
import type { Stored, VersionBodies } from './server-storage';
import type { SyncLog } from './sync-log';
import type { AddressLimiter } from './token-bucket';

export type VersionRequestContext = {
  keys: RoomKeys;
  versions: VersionBodies;
  limiter: AddressLimiter;
  log: SyncLog;
  /** The largest body accepted, in bytes, not counting the version-body header. */
  maxVersionBytes: number;
};

const STORED: Record<Exclude<Stored, 'different' | 'full'>, number> = {
  stored: 201,
  'already-stored': 200,
};

/**
 * PUT and GET /rooms/<program id>/versions/<version id>?key=<program key>: a
 * version body, in the version-body file format (header, length, crc32), which
 * the server checks whole before it keeps it and never decodes. The key is the
 * program's, checked exactly as for its rooms (401 none, 403 wrong, 404 unknown
 * room) before anything is read or sent. A PUT is idempotent: the same bytes
 * again answer 200, other bytes for a stored id 409.
 */
export async function answerVersionRequest(
  context: VersionRequestContext,
  request: IncomingMessage,
  response: ServerResponse,
  target: { programId: string; versionId: string; key: string | null },
  remote: string,
): Promise<void> {
  const { programId: room, versionId, key } = target;
  const refuse = (
    status: number,
    reason: string,
    body: { error: string; missing?: string },
    close = false,
  ): void => {
    context.log.warn({ event: 'version-request-refused', room, remote, reason, status });
    // A body left unread is not drained: the connection closes after the answer.
    sendJson(response, status, body, close ? { Connection: 'close' } : {});
  };
  const unread = request.method === 'PUT';
  if (!context.limiter.take(remote)) {
    response.setHeader('Retry-After', '10');
    return refuse(429, 'rate limit', { error: 'Too many requests; try again later.' }, unread);
  }
  if (!VERSION_ID.test(versionId))
    return refuse(400, 'bad version id', { error: 'Not a version id.' }, unread);
  if (key === null || key === '')
    return refuse(401, 'no key', { error: 'A key is needed.' }, unread);
  if (!(await keyIsCurrent(context.keys, room))) {
    const error = 'The store cannot be reached; try again.';
    return refuse(503, 'store-unavailable', { error }, unread);
  }
  const check = context.keys.check(room, key);
  if (check === 'unknown-room')
    return refuse(404, check, { error: 'This room has no key.', missing: 'room' }, unread);
  if (check === 'wrong-key')
    return refuse(403, check, { error: 'The key does not match.' }, unread);

  if (request.method === 'GET') {
    const file = await context.versions.get(room, versionId);
    if (file === null)
      return refuse(404, 'no such version', {
        error: 'There is no such version.',
        // Told apart from a room without a key: this body may simply not be uploaded yet.
        missing: 'version',
      });
    response.writeHead(200, {
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      'Content-Type': 'application/octet-stream',
      'Content-Length': file.byteLength,
    });
    response.end(file);
    return;
  }

  context.log.info({ event: 'version-receiving', room, remote, versionId });
  let file: Buffer;
  try {
    file = await readBodyBytes(request, context.maxVersionBytes + VERSION_HEADER_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge)
      return refuse(413, 'body too large', { error: 'The version is too large.' }, true);
    throw error;
  }
  if (decodeVersionBody(file) === null || file.byteLength === VERSION_HEADER_BYTES)
    return refuse(400, 'not a version body', {
      error: 'Send a version body (header, length, crc32).',
    });
  const stored = await context.versions.put(room, versionId, file);
  if (stored === 'different')
    return refuse(409, 'different body', { error: 'This version is stored with other content.' });
  if (stored === 'full')
    return refuse(507, 'room full of versions', {
      error: 'This room holds the most versions it may.',
    });
  context.log.info({ event: 'version-stored', room, remote, versionId, outcome: stored });
  sendJson(response, STORED[stored], { status: stored });
}
