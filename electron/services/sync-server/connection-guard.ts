import type { WSSharedDoc } from '@y/websocket-server/utils';
import type { ObservableV2 } from 'lib0/observable';
import type { RawData, WebSocket } from 'ws';

import { messageOf } from '../../../shared/errors/message-of';
import type { SyncLog } from './sync-log';
import { syncMessageProblem } from './sync-message';
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
} as const;

/** A client that does not answer a close handshake within this time is cut off. */
const CLOSE_GRACE_MS = 2000;

export type GuardContext = {
  room: string;
  remote: string;
  doc: WSSharedDoc;
  rate: Rate;
  log: SyncLog;
};

/**
 * Puts a gate in front of the message listener that setupWSConnection installed:
 * a connection that sends text, sends too fast or sends a malformed message is
 * closed — only that one; its room and every other room carry on.
 */
export function guardConnection(ws: WebSocket, context: GuardContext): void {
  const forward = ws.listeners('message') as ((data: RawData, isBinary: boolean) => void)[];
  ws.removeAllListeners('message');
  const bucket = new TokenBucket(context.rate);
  const drop = (code: number, summary: string, reason = summary): void => {
    context.log.warn({
      event: 'connection-dropped',
      room: context.room,
      remote: context.remote,
      reason,
      code,
    });
    // A close reason may hold at most 123 bytes: the client gets the summary.
    closeConnection(ws, code, summary);
  };
  ws.on('message', (data: RawData, isBinary: boolean) => {
    if (ws.readyState !== ws.OPEN) return;
    if (!isBinary) return drop(CLOSE.unsupportedData, 'text message');
    if (!bucket.take()) return drop(CLOSE.policyViolation, 'too many messages');
    const problem = syncMessageProblem(bytesOf(data));
    if (problem !== null) return drop(CLOSE.invalidPayload, 'malformed message', problem);
    // Second line of defence: the utils catch their own errors and report them
    // only as an 'error' event of the document.
    let failed: unknown = null;
    const onError = (error: unknown): void => {
      failed = error;
    };
    errorsOf(context.doc).on('error', onError);
    try {
      for (const listener of forward) listener.call(ws, data, isBinary);
    } finally {
      errorsOf(context.doc).off('error', onError);
    }
    if (failed !== null) drop(CLOSE.invalidPayload, 'update not applicable', messageOf(failed));
  });
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

function bytesOf(data: RawData): Uint8Array {
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  if (Array.isArray(data)) return Buffer.concat(data);
  return data;
}
