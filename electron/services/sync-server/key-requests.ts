import type { IncomingMessage, ServerResponse } from 'node:http';

import { z } from 'zod';

import { messageOf } from '../../../shared/errors/message-of';
import { inviteSchema } from '../../../shared/sync/invite';
import { BodyTooLarge, readBody } from '../http-body';
import { sendJson } from './http-answers';
import type { RoomKeys } from './room-keys';
import type { SyncLog } from './sync-log';
import type { AddressLimiter } from './token-bucket';

/** A key, as an invite carries it: base64url, at least 128 bits. */
const roomKey = inviteSchema.shape.key;
const keyRequestBody = z.strictObject({ key: roomKey, newKey: roomKey.optional() });
const MAX_BODY_BYTES = 4 * 1024;

export type KeyRequestContext = {
  keys: RoomKeys;
  limiter: AddressLimiter;
  log: SyncLog;
  /** Disconnects everyone in the program's rooms (program and review); they joined with the old key. */
  revokeConnections(programId: string): number;
};

/**
 * POST /rooms/<program id>/key with { key } registers a room's key (201; 200 when
 * this very key is already registered; 409 when another one is), with
 * { key, newKey } rotates it (200; 403 for a wrong key; 404 for an unknown room).
 */
export async function answerKeyRequest(
  context: KeyRequestContext,
  request: IncomingMessage,
  response: ServerResponse,
  room: string,
  remote: string,
): Promise<void> {
  const refuse = (status: number, reason: string, error: string): void => {
    context.log.warn({ event: 'key-request-refused', room, remote, reason, status });
    sendJson(response, status, { error });
  };
  if (!context.limiter.take(remote)) {
    context.log.warn({
      event: 'key-request-refused',
      room,
      remote,
      reason: 'rate limit',
      status: 429,
    });
    sendJson(
      response,
      429,
      { error: 'Too many requests; try again later.' },
      { 'Retry-After': '10' },
    );
    return;
  }
  let text: string;
  try {
    text = await readBody(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge)
      return refuse(413, 'body too large', 'The request is too large.');
    throw error;
  }
  const body = keyRequestBody.safeParse(parseJson(text));
  if (!body.success) return refuse(400, 'invalid body', 'Send JSON { key } or { key, newKey }.');
  const { key, newKey } = body.data;
  try {
    if (newKey === undefined) {
      const outcome = await context.keys.register(room, key);
      if (outcome === 'taken')
        return refuse(409, 'room has another key', 'This room already has a key.');
      context.log.info({ event: 'key-registered', room, remote, outcome });
      sendJson(response, outcome === 'registered' ? 201 : 200, { status: outcome });
      return;
    }
    const outcome = await context.keys.rotate(room, key, newKey);
    if (outcome === 'unknown-room') return refuse(404, 'unknown room', 'This room has no key.');
    if (outcome === 'wrong-key') return refuse(403, 'wrong key', 'The key does not match.');
    const disconnected = outcome === 'rotated' ? context.revokeConnections(room) : 0;
    context.log.info({ event: 'key-rotated', room, remote, outcome, disconnected });
    sendJson(response, 200, { status: outcome });
  } catch (error) {
    context.log.error({ event: 'key-write-failed', room, remote, reason: messageOf(error) });
    sendJson(response, 500, { error: 'The key could not be saved; try again.' });
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
