import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

/**
 * The frames y-websocket's client and @y/websocket-server exchange for the
 * document, built and read with the same y-protocols/sync calls they use: an
 * outer message type (0 = sync; 1 awareness and 2 auth carry no document data
 * and are left out), then sync step 1, sync step 2 or an update.
 */
export const MESSAGE_SYNC = 0;

export function syncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/**
 * Handles one received frame the way both ends do (y-websocket's `readMessage`,
 * the server's `messageListener`): applies it with `origin` as the transaction
 * origin and returns the reply (sync step 2 for a step 1), or null when there is
 * nothing to send back. y-protocols swallows an update that fails to apply and
 * only logs it, so the failure is passed to `onError` to be counted.
 */
export function receive(
  doc: Y.Doc,
  message: Uint8Array,
  origin: unknown,
  onError: (error: Error) => void,
): Uint8Array | null {
  const decoder = decoding.createDecoder(message);
  const encoder = encoding.createEncoder();
  const type = decoding.readVarUint(decoder);
  if (type !== MESSAGE_SYNC) throw new Error(`Unexpected message type ${type}.`);
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  syncProtocol.readSyncMessage(decoder, encoder, doc, origin, onError);
  // Only the outer type written: no reply (the same test as both ends make).
  return encoding.length(encoder) > 1 ? encoding.toUint8Array(encoder) : null;
}
