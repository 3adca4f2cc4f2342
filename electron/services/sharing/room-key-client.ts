import { HostError, messageOf } from '../../../shared/host-api/errors';
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
 * Every failure becomes a HostError naming the server by its address; a key
 * never appears in it.
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
      throw new HostError('unreachable', { url: server }, failureReason(error, this.timeoutMs));
    }
    // The answer's body is not needed, but it must be read for the connection to be reused.
    await response.arrayBuffer().catch(() => undefined);
    if (response.ok) return;
    throw refusal(server, response.status, 'newKey' in body);
  }
}

function refusal(server: string, status: number, rotating: boolean): HostError {
  const url = { url: server };
  const detail = `HTTP ${status}`;
  switch (status) {
    case 409:
      return new HostError('key-conflict', url, detail);
    case 401:
    case 403:
      return new HostError('key-replaced', url, detail);
    case 404:
      // Registering at an address without the endpoint means it is not a sync server at all.
      return new HostError(rotating ? 'key-missing' : 'not-a-sync-server', url, detail);
    case 429:
      return new HostError('server-busy', url, detail);
    default:
      return new HostError(status >= 500 ? 'server-failed' : 'not-a-sync-server', url, detail);
  }
}

/** Why a request got no answer, from fetch's error (its cause holds the system's reason). */
export function failureReason(error: unknown, timeoutMs: number): string {
  if (error instanceof DOMException && error.name === 'TimeoutError') {
    return `no answer within ${Math.round(timeoutMs / 1000)} s`;
  }
  // fetch says only "fetch failed"; the system's reason (ECONNREFUSED, ENOTFOUND…) is its cause.
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  if (typeof cause?.code === 'string') return cause.code;
  if (typeof cause?.message === 'string') return cause.message;
  return messageOf(error);
}
