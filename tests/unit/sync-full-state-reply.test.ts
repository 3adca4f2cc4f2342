import type { WSSharedDoc } from '@y/websocket-server/utils';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

import {
  asksForWholeRoom,
  FullStateReplies,
} from '../../electron/services/sync-server/full-state-reply';

/** What y-protocols answers a sync step 1, as @y/websocket-server's utils send it. */
function protocolReply(doc: Y.Doc, request: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(request);
  decoding.readVarUint(decoder);
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.readSyncMessage(decoder, encoder, doc, null);
  return encoding.toUint8Array(encoder);
}

describe('the shared answer to "send me the whole room"', () => {
  const request = new Uint8Array([0, 0, 1, 0]);

  it('is what the sync protocol itself answers, and follows every change of the room', () => {
    const doc = new Y.Doc();
    doc.getText('notes').insert(0, 'The school cannot host us before 10:00');
    const replies = new FullStateReplies();
    const room = doc as unknown as WSSharedDoc;
    expect(asksForWholeRoom(request)).toBe(true);
    const first = replies.replyFor(room);
    expect(first).toEqual(protocolReply(doc, request));
    // Asked again without a change: the very same bytes, not a copy.
    expect(replies.replyFor(room)).toBe(first);

    doc.getText('notes').insert(0, 'Day 2: ');
    const after = replies.replyFor(room);
    expect(after).not.toBe(first);
    expect(after).toEqual(protocolReply(doc, request));
    const copy = new Y.Doc();
    Y.applyUpdate(copy, decoding.readVarUint8Array(decoding.createDecoder(after.subarray(2))));
    expect(copy.getText('notes').toString()).toBe('Day 2: The school cannot host us before 10:00');
  });

  it('only a request with an empty state vector is answered from it', () => {
    expect(asksForWholeRoom(new Uint8Array([0, 0, 3, 1, 5, 2]))).toBe(false);
    expect(asksForWholeRoom(new Uint8Array([0, 2, 1, 0]))).toBe(false);
  });
});
