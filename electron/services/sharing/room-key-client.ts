import { HostError } from '../../../shared/host-api/errors';
import { roomKeyEndpoint } from '../../../shared/sync/room';

export type RoomKeyClientOptions = {
  /** How long to wait for the server's answer (ms). */
  timeoutMs?: number;
};

export const DEFAULT_KEY_REQUEST_TIMEOUT_MS = 10_000;

/**
 * Registers and rotates room keys on a sync server (shared/sync/room.ts). Both
 * requests are idempotent on the server: sending the same key again after a lost
 * answer succeeds, which is what lets the sharing flows retry safely.
 *
 * Every failure becomes a HostError naming the server; a key never appears in
 * a message.
 */
export class RoomKeyClient {
  private readonly timeoutMs: number;

  constructor(options: RoomKeyClientOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_KEY_REQUEST_TIMEOUT_MS;
  }

  register(server: string, programId: string, key: string): Promise<void> {
    return this.post(server, programId, { key });
  }

  rotate(server: string, programId: string, key: string, newKey: string): Promise<void> {
    return this.post(server, programId, { key, newKey });
  }

  private async post(server: string, programId: string, body: object): Promise<void> {
    let response: Response;
    try {
      response = await fetch(roomKeyEndpoint(server, programId), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
        // A redirect would resend the key to wherever it points: refuse it.
        redirect: 'error',
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      throw new HostError(
        'unreachable',
        `The sync server ${server} could not be reached (${failureReason(error, this.timeoutMs)}). ` +
          'Check its address, your connection, and that the server is running.',
      );
    }
    // The answer's body is not needed, but it must be read for the connection to be reused.
    await response.arrayBuffer().catch(() => undefined);
    if (response.ok) return;
    throw refusal(server, response.status, 'newKey' in body);
  }
}

function refusal(server: string, status: number, rotating: boolean): HostError {
  switch (status) {
    case 409:
      return new HostError(
        'conflict',
        `The sync server ${server} already holds another key for this program: it was shared ` +
          'there before. Join it with an invite from whoever shared it, or share it on another server.',
      );
    case 401:
    case 403:
      return new HostError(
        'forbidden',
        `The sync server ${server} no longer accepts the key this computer holds for this ` +
          'program: someone has replaced it. Ask a co-tutor for a new invite and join with it.',
      );
    case 404:
      return rotating
        ? new HostError(
            'not-found',
            `The sync server ${server} has no key for this program any more (its data may have ` +
              'been reset). Stop sharing the program, then share it again.',
          )
        : notASyncServer(server, status);
    case 429:
      return new HostError(
        'unreachable',
        `The sync server ${server} is busy (too many requests from this network). Try again in a minute.`,
      );
    default:
      return status >= 500
        ? new HostError(
            'unreachable',
            `The sync server ${server} answered with an error (HTTP ${status}). Try again later.`,
          )
        : notASyncServer(server, status);
  }
}

function notASyncServer(server: string, status: number): HostError {
  return new HostError(
    'unsupported',
    `${server} did not accept the program's key (HTTP ${status}): it does not seem to be a ` +
      'Cotutor sync server, or its version does not match this one.',
  );
}

function failureReason(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return `no answer within ${Math.round(timeoutMs / 1000)} s`;
  }
  // fetch says only "fetch failed"; the system's reason (ECONNREFUSED, ENOTFOUND…) is its cause.
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return error instanceof Error ? error.message : String(error);
}
