import type { IncomingMessage, ServerResponse } from 'node:http';

import { z } from 'zod';

import { messageOf } from '../../../shared/errors/message-of';
import { inviteSchema } from '../../../shared/sync/invite';
import { BodyTooLarge, readBody } from '../http-body';
import { sendJson } from './http-answers';
import { type RegistrationGate, tokenRefusal } from './registration-token';
import type { OwnerProof, RoomKeys } from './room-keys';
import type { SyncLog } from './sync-log';
import type { AddressLimiter } from './token-bucket';

/** A key or an owner secret, as the app makes them: base64url, at least 128 bits. */
const secret = inviteSchema.shape.key;
const registerBody = z.strictObject({ key: secret, ownerSecret: secret });
const rotateBody = z.strictObject({ ownerSecret: secret, newKey: secret, key: secret.optional() });
const removeBody = z.strictObject({
  ownerSecret: secret,
  deleteData: z.boolean(),
  key: secret.optional(),
});
const MAX_BODY_BYTES = 4 * 1024;

export type KeyRequestContext = {
  keys: RoomKeys;
  limiter: AddressLimiter;
  log: SyncLog;
  /** Who may register a new room (registration-token.ts). */
  registration: RegistrationGate;
  /** Disconnects everyone in the program's rooms (program and review); they joined with the old key. */
  revokeConnections(programId: string): number;
  /**
   * Closes the program's rooms for good and, with `deleteData`, erases what the
   * server holds of it (both room files and the version bodies). The key is
   * already refused when this is called.
   */
  closeRooms(programId: string, deleteData: boolean): Promise<number>;
};

/** One refusal: its HTTP status, the reason code a client shows, and a sentence for people. */
type Refusal = { status: number; reason: string; error: string };

const REFUSALS = {
  'rate-limited': { status: 429, error: 'Too many requests; try again later.' },
  'body-too-large': { status: 413, error: 'The request is too large.' },
  'invalid-body': {
    status: 400,
    error:
      'Send JSON { key, ownerSecret } to register, { ownerSecret, newKey } to rotate, ' +
      'or DELETE with { ownerSecret, deleteData }.',
  },
  'room-taken': { status: 409, error: 'This room already has a key.' },
  'room-being-removed': { status: 409, error: 'This room is being removed; try again shortly.' },
  'unknown-room': { status: 404, error: 'This room has no key.' },
  'wrong-key': { status: 403, error: 'The key does not match.' },
  'not-owner': { status: 403, error: 'Only the owner of this room may do this.' },
} satisfies Record<string, Omit<Refusal, 'reason'>>;
type RefusalReason = keyof typeof REFUSALS;

/**
 * /rooms/<program id>/key:
 * - POST { key, ownerSecret } registers a new room (201; 200 when this very key
 *   and secret are already registered; 409 when another key is). Where the server
 *   has a registration token it must come as `Authorization: Bearer <token>` (401).
 * - POST { ownerSecret, newKey } rotates the key (200; 403 `not-owner` for anyone
 *   but the owner; 404 for an unknown room).
 * - DELETE { ownerSecret, deleteData } removes the room's key (and with
 *   deleteData its data): 200, also when the room is already gone, so that a
 *   retried request succeeds.
 * Every refusal carries a `reason` code and changes nothing stored.
 */
export async function answerKeyRequest(
  context: KeyRequestContext,
  request: IncomingMessage,
  response: ServerResponse,
  room: string,
  remote: string,
): Promise<void> {
  const refuse = (code: RefusalReason | Refusal): void => {
    const refusal = typeof code === 'string' ? { ...REFUSALS[code], reason: code } : code;
    const { status, reason, error } = refusal;
    context.log.warn({ event: 'key-request-refused', room, remote, reason, status });
    const retry: Record<string, string> = status === 429 ? { 'Retry-After': '10' } : {};
    sendJson(response, status, { error, reason }, retry);
  };
  if (!context.limiter.take(remote)) return refuse('rate-limited');
  let text: string;
  try {
    text = await readBody(request, MAX_BODY_BYTES);
  } catch (error) {
    if (error instanceof BodyTooLarge) return refuse('body-too-large');
    throw error;
  }
  const json = parseJson(text);
  try {
    // Another server process on the same database may have changed the record.
    await context.keys.refresh(room);
    if (request.method === 'DELETE') {
      const body = removeBody.safeParse(json);
      if (!body.success) return refuse('invalid-body');
      return await remove(context, response, room, remote, body.data, refuse);
    }
    const rotation = rotateBody.safeParse(json);
    if (rotation.success) {
      return await rotate(context, response, room, remote, rotation.data, refuse);
    }
    const registration = registerBody.safeParse(json);
    if (!registration.success) return refuse('invalid-body');
    const token = tokenRefusal(context.registration, request.headers.authorization);
    if (token !== null) return refuse(token);
    const { key, ownerSecret } = registration.data;
    const outcome = await context.keys.register(room, key, ownerSecret);
    if (outcome === 'taken') return refuse('room-taken');
    if (outcome === 'being-removed') return refuse('room-being-removed');
    if (outcome === 'not-owner') return refuse('not-owner');
    context.log.info({ event: 'key-registered', room, remote, outcome });
    sendJson(response, outcome === 'registered' ? 201 : 200, { status: outcome });
  } catch (error) {
    context.log.error({ event: 'key-write-failed', room, remote, reason: messageOf(error) });
    sendJson(response, 500, {
      error: 'The key could not be saved; try again.',
      reason: 'write-failed',
    });
  }
}

async function rotate(
  context: KeyRequestContext,
  response: ServerResponse,
  room: string,
  remote: string,
  body: z.infer<typeof rotateBody>,
  refuse: (code: RefusalReason) => void,
): Promise<void> {
  const outcome = await context.keys.rotate(room, proofOf(body), body.newKey);
  if (outcome === 'unknown-room' || outcome === 'wrong-key' || outcome === 'not-owner') {
    return refuse(outcome);
  }
  const disconnected = outcome === 'rotated' ? context.revokeConnections(room) : 0;
  context.log.info({ event: 'key-rotated', room, remote, outcome, disconnected });
  sendJson(response, 200, { status: outcome });
}

/**
 * The key is refused from the first moment (beginRemoval), so nobody enters while
 * the connections close and the data goes; it leaves the file last, so that a
 * removal cut short (a crash, a failed write) is finished by the owner's retry.
 */
async function remove(
  context: KeyRequestContext,
  response: ServerResponse,
  room: string,
  remote: string,
  body: z.infer<typeof removeBody>,
  refuse: (code: RefusalReason) => void,
): Promise<void> {
  const owner = context.keys.checkOwner(room, proofOf(body));
  if (owner === 'unknown-room') {
    context.log.info({ event: 'room-removed', room, remote, outcome: 'already-removed' });
    return sendJson(response, 200, { status: 'already-removed' });
  }
  if (owner !== 'ok') return refuse(owner);
  context.keys.beginRemoval(room);
  let disconnected: number;
  try {
    disconnected = await context.closeRooms(room, body.deleteData);
    await context.keys.remove(room);
  } catch (error) {
    context.keys.cancelRemoval(room);
    throw error;
  }
  context.log.info({
    event: 'room-removed',
    room,
    remote,
    outcome: 'removed',
    dataDeleted: body.deleteData,
    disconnected,
  });
  sendJson(response, 200, { status: 'removed' });
}

function proofOf(body: { ownerSecret: string; key?: string | undefined }): OwnerProof {
  return { ownerSecret: body.ownerSecret, key: body.key };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
