import type { WSSharedDoc } from '@y/websocket-server/utils';
import type { ObservableV2 } from 'lib0/observable';
import type { RawData, WebSocket } from 'ws';

import { messageOf } from '../../../shared/errors/message-of';
import type { AddressSendBudget } from './address-send-budget';
import { asksForWholeRoom, type FullStateReplies } from './full-state-reply';
import type { SyncLog } from './sync-log';
import { carriesUpdate, isSyncRequest, syncMessageProblem } from './sync-message';
import { type Rate, TokenBucket } from './token-bucket';

/** WebSocket close codes the server sends (RFC 6455 §7.4.1; 4xxx are ours). */
export const CLOSE = {
  goingAway: 1001,
  unsupportedData: 1003,
  invalidPayload: 1007,
  policyViolation: 1008,
  /**
   * y-websocket 3 treats 4400–4499 as final and stops reconnecting: after a key
   * rotation the old key can never work again, so retrying is pointless.
   */
  keyRevoked: 4403,
  /** The owner stopped sharing the program: its rooms are gone (final, as above). */
  roomRemoved: 4410,
  /**
   * An update would take the room past maxRoomBytes (final, as above: the same
   * update would be refused again); its reason is `room-too-large`.
   */
  roomTooLarge: 4413,
} as const;

/** The close reason of CLOSE.roomTooLarge, a code the client can show. */
export const ROOM_TOO_LARGE = 'room-too-large';

/**
 * A message this small, to a connection with nothing waiting, is sent without
 * adding up what waits for the other connections of its address. The sum walks
 * every connection of the address, and a school's or a hotel's network puts
 * everyone behind one: under the load of tests/bench/server-load.ts (200
 * clients of one address) it ran 200 times for each update relayed. A
 * connection that reads has nothing waiting almost always, and one that does
 * not read has something waiting after its first message, so each connection
 * of an address adds at most one message of this size beyond the budget (64
 * connections: 1 MiB), and a reply as large as a room is always counted.
 */
const UNCOUNTED_MESSAGE_BYTES = 16 * 1024;

/** A client that does not answer a close handshake within this time is cut off. */
const CLOSE_GRACE_MS = 2000;

/** What one connection may send and have waiting for it (options.ts). */
export type ConnectionBudgets = {
  messageRate: Rate;
  byteRate: Rate;
  syncRequestRate: Rate;
  maxBufferedBytes: number;
  maxRoomBytes: number;
};

export type GuardContext = {
  room: string;
  remote: string;
  doc: WSSharedDoc;
  budgets: ConnectionBudgets;
  /** Shared by every connection of the server. */
  addressBudget: AddressSendBudget;
  fullState: FullStateReplies;
  /** What the room takes in store now, with what is still to be written (RoomStore.storedBytes). */
  roomBytes(): number;
  log: SyncLog;
};

/**
 * Puts a gate in front of the message listener that setupWSConnection installed:
 * a connection that sends text, sends too many messages, bytes or requests for
 * the whole document, or sends a malformed message is closed — only that one;
 * its room and every other room carry on. And one behind its sending: a client
 * that does not read, so that what the server sends it piles up, is closed
 * before the pile passes its budget.
 */
export function guardConnection(ws: WebSocket, context: GuardContext): void {
  const forward = ws.listeners('message') as ((data: RawData, isBinary: boolean) => void)[];
  ws.removeAllListeners('message');
  const { budgets } = context;
  const messages = new TokenBucket(budgets.messageRate);
  const bytes = new TokenBucket(budgets.byteRate);
  const syncRequests = new TokenBucket(budgets.syncRequestRate);
  const drop = (code: number, summary: string, reason = summary): void => {
    context.log.warn({
      event: 'connection-dropped',
      room: context.room,
      remote: context.remote,
      reason,
      // What the client is told, a fixed phrase (cotutor_refused_total's reason).
      refusal: summary,
      code,
    });
    // A close reason may hold at most 123 bytes: the client gets the summary.
    closeConnection(ws, code, summary);
  };
  // Second line of defence: the utils catch their own errors and report them
  // only as an 'error' event of the document. One listener for the connection's
  // life, not one added and removed per message: it keeps only what this
  // connection's own message caused (the room's other connections hear it too).
  let handling = false;
  let failed: unknown = null;
  const onError = (error: unknown): void => {
    if (handling) failed = error;
  };
  errorsOf(context.doc).on('error', onError);
  ws.once('close', () => errorsOf(context.doc).off('error', onError));
  ws.on('message', (data: RawData, isBinary: boolean) => {
    if (ws.readyState !== ws.OPEN) return;
    if (!isBinary) return drop(CLOSE.unsupportedData, 'text message');
    if (!messages.take()) return drop(CLOSE.policyViolation, 'too many messages');
    const message = bytesOf(data);
    if (!bytes.take(message.byteLength)) return drop(CLOSE.policyViolation, 'too many bytes');
    if (isSyncRequest(message) && !syncRequests.take())
      return drop(CLOSE.policyViolation, 'too many sync requests');
    const problem = syncMessageProblem(message);
    if (problem !== null) return drop(CLOSE.invalidPayload, 'malformed message', problem);
    // Counted by the message, a few bytes above its update: checked before anything is applied.
    if (carriesUpdate(message) && context.roomBytes() + message.byteLength > budgets.maxRoomBytes) {
      return drop(
        CLOSE.roomTooLarge,
        ROOM_TOO_LARGE,
        `room over ${budgets.maxRoomBytes} bytes with this update`,
      );
    }
    if (asksForWholeRoom(message)) {
      ws.send(context.fullState.replyFor(context.doc));
      return;
    }
    failed = null;
    handling = true;
    try {
      for (const listener of forward) listener.call(ws, data, isBinary);
    } finally {
      handling = false;
    }
    if (failed !== null) drop(CLOSE.invalidPayload, 'update not applicable', messageOf(failed));
  });
  const addressHasRoom = context.addressBudget.track(ws, context.remote);
  limitSending(
    ws,
    (bytes) => {
      const waiting = ws.bufferedAmount;
      if (waiting > budgets.maxBufferedBytes) {
        return `send buffer over ${budgets.maxBufferedBytes} bytes`;
      }
      if (waiting === 0 && bytes <= UNCOUNTED_MESSAGE_BYTES) return null;
      return addressHasRoom() ? null : 'send buffers of this address over their budget';
    },
    (reason) => drop(CLOSE.policyViolation, 'not reading', reason),
  );
  // Without a listener, an 'error' (a frame over maxPayload, a bad opcode) would
  // be thrown and end the whole process; ws closes the socket itself afterwards.
  ws.on('error', (error) => {
    context.log.warn({
      event: 'connection-error',
      room: context.room,
      remote: context.remote,
      reason: error.message,
    });
  });
}

/**
 * Wraps ws.send, through which the utils send everything (their replies, the
 * room's updates, awareness): once `full` names a budget that is spent (this
 * connection's send buffer, or all of its address's), the next message is not
 * queued and the connection is closed. So what waits for one connection stays
 * under its cap plus one message (at most the room), and a reply as large as the
 * room still goes to a client that reads.
 */
function limitSending(
  ws: WebSocket,
  full: (bytes: number) => string | null,
  overflow: (reason: string) => void,
): void {
  const send = ws.send.bind(ws) as (data: unknown, ...rest: unknown[]) => void;
  ws.send = ((data: unknown, ...rest: unknown[]) => {
    const spent = full(sizeOf(data));
    if (spent !== null) {
      if (ws.readyState === ws.OPEN) overflow(spent);
      // What the utils pass as a callback learns that this message was not sent.
      const callback = rest.find((value) => typeof value === 'function') as
        ((error?: Error) => void) | undefined;
      callback?.(new Error('send buffer full'));
      return;
    }
    send(data, ...rest);
  }) as WebSocket['send'];
}

/** Starts the close handshake, and cuts the connection off if the client does not answer. */
export function closeConnection(ws: WebSocket, code: number, reason: string): void {
  if (ws.readyState === ws.CLOSED) return;
  ws.close(code, reason);
  const timer = setTimeout(() => ws.terminate(), CLOSE_GRACE_MS);
  timer.unref();
  ws.once('close', () => clearTimeout(timer));
}

/** The utils emit 'error' on the document, an event Y.Doc's own typings do not list. */
function errorsOf(doc: WSSharedDoc): ObservableV2<{ error: (error: unknown) => void }> {
  return doc as unknown as ObservableV2<{ error: (error: unknown) => void }>;
}

/** The bytes of what the utils send (Uint8Arrays); anything else counts as too large to skip a check. */
function sizeOf(data: unknown): number {
  return ArrayBuffer.isView(data) ? data.byteLength : Number.POSITIVE_INFINITY;
}

function bytesOf(data: RawData): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return Buffer.concat(data);
  return data;
}
