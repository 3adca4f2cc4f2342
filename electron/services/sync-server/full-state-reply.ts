import type { WSSharedDoc } from '@y/websocket-server/utils';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/** Sync step 1 with an empty state vector: "send me the whole room". */
const WHOLE_ROOM_REQUEST = [0, 0, 1, 0];

/** Whether a message asks for the whole room, as a new client's first one does. */
export function asksForWholeRoom(message: Uint8Array): boolean {
  return (
    message.length === WHOLE_ROOM_REQUEST.length &&
    WHOLE_ROOM_REQUEST.every((byte, index) => message[index] === byte)
  );
}

/**
 * The answer to "send me the whole room" (sync step 2 with the room's whole
 * state), encoded once per state of the room and shared by every connection that
 * asks until the room changes. Without it, each request costs a fresh encoding
 * of the room and a copy of it in that connection's send buffer: a client that
 * asks from many connections could make the server hold as many copies. The
 * bytes are the ones y-protocols' writeSyncStep2 would write.
 */
export class FullStateReplies {
  private readonly replies = new WeakMap<WSSharedDoc, Uint8Array>();
  private readonly watched = new WeakSet<WSSharedDoc>();

  replyFor(doc: WSSharedDoc): Uint8Array {
    const cached = this.replies.get(doc);
    if (cached !== undefined) return cached;
    if (!this.watched.has(doc)) {
      this.watched.add(doc);
      doc.on('update', () => this.replies.delete(doc));
    }
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, 0);
    encoding.writeVarUint(encoder, 1);
    encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc));
    const reply = encoding.toUint8Array(encoder);
    this.replies.set(doc, reply);
    return reply;
  }
}
