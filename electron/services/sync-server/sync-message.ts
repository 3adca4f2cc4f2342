import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

import { messageOf } from '../../../shared/errors/message-of';

/**
 * Checks a message from a client completely before @y/websocket-server's utils
 * see it. The utils catch what they cannot read, print it and keep the connection;
 * Yjs can also throw halfway through an update. A connection that sends anything
 * but well-formed y-websocket messages is closed instead, and nothing it sent is
 * applied.
 *
 * y-websocket messages: varUint type, then
 *   0 sync:      varUint step (0 state vector | 1 step 2 | 2 update), varUint8Array payload
 *   1 awareness: varUint8Array of [varUint n, n × (varUint client, varUint clock, varString JSON)]
 */

const MESSAGE_SYNC = 0;
const MESSAGE_AWARENESS = 1;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/**
 * Whether a message asks for the whole document (sync step 1): the server then
 * encodes and sends what the client lacks, up to the whole room. Cheap to send,
 * costly to answer, so these are counted apart.
 */
export function isSyncRequest(message: Uint8Array): boolean {
  return message[0] === MESSAGE_SYNC && message[1] === SYNC_STEP_1;
}

/** Whether a message carries document content (sync step 2 or an update): what a room stores. */
export function carriesUpdate(message: Uint8Array): boolean {
  return message[0] === MESSAGE_SYNC && (message[1] === SYNC_STEP_2 || message[1] === SYNC_UPDATE);
}

/** Why a message is malformed, or null when it is well formed. */
export function syncMessageProblem(message: Uint8Array): string | null {
  try {
    const decoder = decoding.createDecoder(message);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) checkSync(decoder);
    else if (type === MESSAGE_AWARENESS) checkAwareness(readBytes(decoder));
    else return `unknown message type ${type}`;
    if (decoding.hasContent(decoder)) return 'bytes after the end of the message';
    return null;
  } catch (error) {
    return `unreadable message: ${messageOf(error)}`;
  }
}

function checkSync(decoder: decoding.Decoder): void {
  const step = decoding.readVarUint(decoder);
  const payload = readBytes(decoder);
  if (step === SYNC_STEP_1) Y.decodeStateVector(payload);
  else if (step === SYNC_STEP_2 || step === SYNC_UPDATE) Y.decodeUpdate(payload);
  else throw new Error(`unknown sync step ${step}`);
}

function checkAwareness(payload: Uint8Array): void {
  const decoder = decoding.createDecoder(payload);
  const count = decoding.readVarUint(decoder);
  for (let index = 0; index < count; index++) {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    JSON.parse(decoding.readVarString(decoder));
  }
}

/**
 * lib0 trusts a length prefix: a view past the end of the message does not throw
 * when the message lies inside a larger buffer. Check it here.
 */
function readBytes(decoder: decoding.Decoder): Uint8Array {
  const length = decoding.readVarUint(decoder);
  if (length > decoder.arr.byteLength - decoder.pos) throw new Error('a truncated payload');
  return decoding.readUint8Array(decoder, length);
}
