import { HostError, messageOf } from '../../../shared/host-api/errors';
import { roomKeyEndpoint } from '../../../shared/sync/room';
import { fetchFromServer } from './pinned-fetch';

export type RoomKeyClientOptions = {
  /** How long to wait for the server's answer (ms). */
  timeoutMs?: number;
  /** The certificate pin of a server (one hosted on a co-tutor's computer), if it has one. */
  pinFor?: (server: string) => string | undefined;
};

export const DEFAULT_KEY_REQUEST_TIMEOUT_MS = 10_000;

/** A refusal's body is a short JSON object; anything longer is not read. */
const MAX_ANSWER_BYTES = 4096;

type Request = {
  method: 'POST' | 'DELETE';
  body: Record<string, string | boolean | undefined>;
  /** Sent as `Authorization: Bearer …` when registering on a server that asks for it. */
  registrationToken?: string | undefined;
  /** What a 404 means: registering at an address without the endpoint means it is no sync server. */
  missing: 'not-a-sync-server' | 'key-missing';
};

/**
 * Registers, rotates and removes room keys on a sync server (shared/sync/room.ts,
 * docs/sharing.md). All three are idempotent on the server: sending the same
 * request again after a lost answer succeeds, which is what lets the sharing
 * flows retry safely.
 *
 * Every failure becomes a HostError naming the server by its address; a key, an
 * owner secret or a registration code never appears in it.
 */
export class RoomKeyClient {
  private readonly timeoutMs: number;
  private readonly pinFor: (server: string) => string | undefined;

  constructor(options: RoomKeyClientOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_KEY_REQUEST_TIMEOUT_MS;
    this.pinFor = options.pinFor ?? (() => undefined);
  }

  register(
    server: string,
    programId: string,
    secrets: { key: string; ownerSecret: string; registrationToken?: string | undefined },
  ): Promise<void> {
    const { registrationToken, ...body } = secrets;
    return this.send(server, programId, {
      method: 'POST',
      body,
      registrationToken,
      missing: 'not-a-sync-server',
    });
  }

  /** `key` (the current one) is needed only by a room that has no owner yet. */
  rotate(
    server: string,
    programId: string,
    body: { ownerSecret: string; newKey: string; key?: string },
  ): Promise<void> {
    return this.send(server, programId, { method: 'POST', body, missing: 'key-missing' });
  }

  /** Removes the room's key (and, with deleteData, its copy of the program); a room already gone is a success. */
  remove(
    server: string,
    programId: string,
    body: { ownerSecret: string; deleteData: boolean; key?: string },
  ): Promise<void> {
    return this.send(server, programId, { method: 'DELETE', body, missing: 'key-missing' });
  }

  private async send(server: string, programId: string, request: Request): Promise<void> {
    let response: Response;
    try {
      // A redirect would resend the key to wherever it points: it is never followed.
      response = await fetchFromServer(
        roomKeyEndpoint(server, programId),
        {
          method: request.method,
          headers: {
            'Content-Type': 'application/json',
            ...(request.registrationToken === undefined
              ? {}
              : { Authorization: `Bearer ${request.registrationToken}` }),
          },
          body: JSON.stringify(request.body),
          signal: AbortSignal.timeout(this.timeoutMs),
        },
        this.pinFor(server),
        server,
      );
    } catch (error) {
      if (error instanceof HostError) throw error;
      throw new HostError('unreachable', { url: server }, failureReason(error, this.timeoutMs));
    }
    // The answer must be read for the connection to be reused; a refusal says why.
    const reason = await reasonOf(response);
    if (response.ok) return;
    throw refusal(server, response.status, reason, request.missing);
  }
}

async function reasonOf(response: Response): Promise<string | null> {
  if (Number(response.headers.get('content-length') ?? Infinity) > MAX_ANSWER_BYTES) {
    await response.body?.cancel().catch(() => undefined);
    return null;
  }
  try {
    const body = (await response.json()) as { reason?: unknown } | null;
    return typeof body?.reason === 'string' ? body.reason : null;
  } catch {
    return null;
  }
}

function refusal(
  server: string,
  status: number,
  reason: string | null,
  missing: Request['missing'],
): HostError {
  const url = { url: server };
  const detail = reason === null ? `HTTP ${status}` : `HTTP ${status} ${reason}`;
  switch (reason) {
    case 'registration-token-required':
      return new HostError('registration-code-required', url, detail);
    case 'registration-token-wrong':
      return new HostError('registration-code-wrong', url, detail);
    case 'not-owner':
      return new HostError('not-owner', url, detail);
    case 'room-being-removed':
      return new HostError('server-busy', url, detail);
    default:
  }
  switch (status) {
    case 409:
      return new HostError('key-conflict', url, detail);
    case 401:
    case 403:
      return new HostError('key-replaced', url, detail);
    case 404:
      return new HostError(missing, url, detail);
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
