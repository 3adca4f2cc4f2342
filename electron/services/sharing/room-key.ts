import { randomBytes } from 'node:crypto';

import { MIN_KEY_LENGTH } from '../../../shared/sync/invite';

/** 256 random bits: twice the 128 an invite requires, at no cost to anyone. */
export const ROOM_KEY_BYTES = 32;

/**
 * A new secret key for a program's room on a sync server, from the operating
 * system's cryptographic random source, in base64url (43 characters) so that it
 * travels unchanged in an invite URL and a WebSocket query string.
 */
export function newRoomKey(): string {
  const key = randomBytes(ROOM_KEY_BYTES).toString('base64url');
  // A guard against a future change of size or encoding, not a runtime possibility today.
  if (key.length < MIN_KEY_LENGTH) throw new Error('A room key came out too short.');
  return key;
}
