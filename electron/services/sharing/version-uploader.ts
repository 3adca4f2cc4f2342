import { HostError, messageOf } from '../../../shared/host-api/errors';
import type { Logger } from '../logger';
import { encodeVersionBody } from '../storage/version-body';
import type { VersionStore } from '../storage/version-store';
import type { BodyRoom, VersionBodyClient } from './version-body-client';
import type { PendingUpload, VersionUploadQueue } from './version-upload-queue';

export type UploadRetry = {
  /** The wait after a first failed attempt (ms); it doubles after each failure. */
  firstMs: number;
  /** The longest wait between attempts (ms), so that a server back online is found soon. */
  maxMs: number;
};

// Capped low: the main process does not see the windows reconnect, so a server back
// online is found by the next attempt; a refused connection costs next to nothing.
export const DEFAULT_UPLOAD_RETRY: UploadRetry = { firstMs: 1_000, maxMs: 15_000 };

export type UploaderContext = {
  queue: VersionUploadQueue;
  store: VersionStore;
  client: VersionBodyClient;
  /** The server and key of a shared program, or null when it is not shared (any more). */
  roomOf(programId: string): BodyRoom | null;
  log: Logger;
  retry?: UploadRetry;
};

/** Failures that say nothing against the body: the same upload later may succeed. */
const TRANSIENT = new Set([
  'unreachable',
  'server-busy',
  'server-failed',
  'key-replaced',
  'key-missing',
  // Someone stands in for the server on this network; the real one may be back later.
  'certificate-mismatch',
]);

/**
 * Takes the version bodies of shared programs to their sync servers, one after
 * another, from the durable queue (version-upload-queue.ts). A server that
 * cannot take one now (offline, busy, failing) is tried again after a wait that
 * doubles up to `maxMs`; its other uploads wait with it, other servers' do not.
 * A body that was removed meanwhile, or that the server refuses for good, leaves
 * the queue.
 */
export class VersionUploader {
  private readonly retry: UploadRetry;
  private delayMs: number;
  private timer: NodeJS.Timeout | null = null;
  private draining: Promise<void> | null = null;
  private again = false;
  private closed = false;

  constructor(private readonly context: UploaderContext) {
    this.retry = context.retry ?? DEFAULT_UPLOAD_RETRY;
    this.delayMs = this.retry.firstMs;
  }

  /** Queues uploads (durably) and starts on them. */
  async enqueue(uploads: readonly PendingUpload[]): Promise<void> {
    await this.context.queue.add(uploads);
    this.start();
  }

  /** Queues every body this computer holds of a program: it was just shared. */
  async enqueueProgram(programId: string): Promise<void> {
    const stored = await this.context.store.list(programId);
    const whole = stored.filter((version) => !version.damaged);
    await this.enqueue(whole.map(({ versionId }) => ({ programId, versionId })));
  }

  /** Works through the queue now, also when waiting for a retry. */
  start(): void {
    if (this.closed) return;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    if (this.draining !== null) {
      this.again = true;
      return;
    }
    this.draining = this.drain().finally(() => {
      this.draining = null;
      if (this.again) {
        this.again = false;
        this.start();
      }
    });
  }

  /** Resolves when the upload in progress (if any) has finished; nothing starts afterwards. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    await this.draining;
  }

  private async drain(): Promise<void> {
    const waiting = new Set<string>();
    for (const upload of [...this.context.queue.pending()]) {
      if (this.closed) return;
      const room = this.context.roomOf(upload.programId);
      if (room !== null && waiting.has(room.serverUrl)) continue;
      const outcome = await this.uploadOne(upload, room).catch((error: unknown) => {
        // The data folder failed (not the server): the upload stays queued for the next attempt.
        this.context.log.warn(`Uploading version ${upload.versionId} failed: ${messageOf(error)}`);
        return 'later' as const;
      });
      if (outcome === 'later') waiting.add(room?.serverUrl ?? '');
    }
    if (waiting.size === 0) {
      this.delayMs = this.retry.firstMs;
      return;
    }
    if (this.closed) return;
    this.timer = setTimeout(() => this.start(), this.delayMs);
    this.timer.unref();
    this.delayMs = Math.min(this.delayMs * 2, this.retry.maxMs);
  }

  private async uploadOne(upload: PendingUpload, room: BodyRoom | null): Promise<'done' | 'later'> {
    const { programId, versionId } = upload;
    const { queue, store, client, log } = this.context;
    // No longer shared: sharing it again queues its bodies again.
    if (room === null) return this.finish(upload);
    let body: Uint8Array;
    try {
      body = await store.get(programId, versionId);
    } catch (error) {
      // Removed by retention meanwhile, or damaged here: there is nothing to send.
      if (error instanceof HostError) return this.finish(upload);
      throw error;
    }
    try {
      const outcome = await client.upload(room, versionId, encodeVersionBody(body));
      if (outcome !== 'stored') {
        log.warn(
          `The sync server ${room.serverUrl} refused version ${versionId} of ${programId}: ${outcome}`,
        );
      }
      return await this.finish(upload);
    } catch (error) {
      if (error instanceof HostError && TRANSIENT.has(error.code)) {
        log.info(
          `Version ${versionId} of ${programId} waits for ${room.serverUrl}: ${messageOf(error)}`,
        );
        return 'later';
      }
      log.warn(`Uploading version ${versionId} of ${programId} failed: ${messageOf(error)}`);
      await queue.remove(upload);
      return 'done';
    }
  }

  private async finish(upload: PendingUpload): Promise<'done'> {
    await this.context.queue.remove(upload);
    return 'done';
  }
}
