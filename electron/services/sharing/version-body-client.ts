import { HostError } from '../../../shared/host-api/errors';
import { versionBodyEndpoint } from '../../../shared/sync/room';
import { fetchFromServer, type ServerRequest } from './pinned-fetch';
import { failureReason } from './room-key-client';

/** Where a program's version bodies go: its server and key, as sharing.json holds them. */
export type BodyRoom = { serverUrl: string; key: string; programId: string };

export type VersionBodyClientOptions = {
  /** How long one upload or download may take (ms): bodies reach 32 MiB over slow links. */
  timeoutMs?: number;
  /** The certificate pin of a server (one hosted on a co-tutor's computer), if it has one. */
  pinFor?: (server: string) => string | undefined;
};

export type Upload = 'stored' | 'different' | 'full';

export const DEFAULT_VERSION_REQUEST_TIMEOUT_MS = 120_000;

/**
 * Uploads and downloads version bodies, as the version-body file format holds
 * them, on a program's sync server (docs/sharing.md). Failures are HostErrors
 * naming the server by its address; the key, which travels in the URL, never
 * appears in one.
 */
export class VersionBodyClient {
  private readonly timeoutMs: number;
  private readonly pinFor: (server: string) => string | undefined;

  constructor(options: VersionBodyClientOptions = {}) {
    this.timeoutMs = options.timeoutMs ?? DEFAULT_VERSION_REQUEST_TIMEOUT_MS;
    this.pinFor = options.pinFor ?? (() => undefined);
  }

  /**
   * Stores a body on the server: 'stored' also when the same bytes were there
   * already; 'different' when other bytes hold that id, 'full' when the room
   * holds the most versions it may — neither of which a retry would change.
   */
  async upload(room: BodyRoom, versionId: string, file: Uint8Array): Promise<Upload> {
    const response = await this.send(room, versionId, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/octet-stream' },
      body: file,
    });
    // The answer's body is not needed, but it must be read for the connection to be reused.
    await response.arrayBuffer().catch(() => undefined);
    if (response.ok) return 'stored';
    if (response.status === 409) return 'different';
    if (response.status === 507) return 'full';
    throw refusal(room.serverUrl, response.status);
  }

  /** The stored file of a body, or null when the server has none (not uploaded yet). */
  async download(room: BodyRoom, versionId: string, limit: number): Promise<Buffer | null> {
    const response = await this.send(room, versionId, { method: 'GET' });
    // 404 also answers a room without a key: only a missing version is a body not there yet.
    if (response.status === 404 && (await missingOf(response)) === 'version') return null;
    if (!response.ok) {
      await response.arrayBuffer().catch(() => undefined);
      throw refusal(room.serverUrl, response.status);
    }
    if (Number(response.headers.get('content-length') ?? 0) > limit) {
      await response.body?.cancel();
      throw new HostError('damaged-version', {}, 'The server sent a body over the limit');
    }
    return Buffer.from(await response.arrayBuffer());
  }

  private async send(
    room: BodyRoom,
    versionId: string,
    init: Omit<ServerRequest, 'signal'>,
  ): Promise<Response> {
    const { serverUrl, programId, key } = room;
    try {
      // A redirect would send the key, in the URL, somewhere else: it is never followed.
      return await fetchFromServer(
        versionBodyEndpoint(serverUrl, programId, versionId, key),
        { ...init, signal: AbortSignal.timeout(this.timeoutMs) },
        this.pinFor(serverUrl),
        serverUrl,
      );
    } catch (error) {
      if (error instanceof HostError) throw error;
      throw new HostError('unreachable', { url: serverUrl }, failureReason(error, this.timeoutMs));
    }
  }
}

function refusal(server: string, status: number): HostError {
  const url = { url: server };
  const detail = `HTTP ${status}`;
  switch (status) {
    case 401:
    case 403:
      return new HostError('key-replaced', url, detail);
    case 404:
      return new HostError('key-missing', url, detail);
    case 429:
    case 503:
      return new HostError('server-busy', url, detail);
    default:
      return new HostError(status >= 500 ? 'server-failed' : 'not-a-sync-server', url, detail);
  }
}

async function missingOf(response: Response): Promise<unknown> {
  try {
    const answer = (await response.json()) as { missing?: unknown } | null;
    return answer?.missing;
  } catch {
    return undefined;
  }
}
