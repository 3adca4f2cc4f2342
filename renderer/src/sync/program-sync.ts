import type { Awareness } from 'y-protocols/awareness';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';

import type { ProgramSharing } from '../../../shared/host-api/contract';
import { SharedProvider } from './shared-provider';
import { SyncTracker } from './sync-status';
import { type ProviderFactory, watchProvider, websocketProvider } from './websocket';

export type ProgramSyncOptions = {
  /** Origins of changes that are not this user's edits (loading from storage). */
  notEdits?: readonly unknown[];
  createProvider?: ProviderFactory;
};

/**
 * The open program's link to its sync server: one provider at a time for the
 * server and key the program is shared with (none when it is not shared), used
 * through the reference-counted wrapper by the session and every editor, and
 * the status the badge shows. Sharing started, rotated or stopped while the
 * program is open swaps the provider underneath without reopening anything.
 */
export class ProgramSync {
  readonly shared = new SharedProvider<WebsocketProvider>();
  readonly tracker = new SyncTracker();
  private sharing: ProgramSharing | null = null;
  private unwatch: (() => void) | null = null;
  private readonly sharingListeners = new Set<() => void>();
  private readonly notEdits: ReadonlySet<unknown>;
  private readonly createProvider: ProviderFactory;

  constructor(
    private readonly programId: string,
    private readonly doc: Y.Doc,
    private readonly awareness: Awareness,
    options: ProgramSyncOptions = {},
  ) {
    this.notEdits = new Set(options.notEdits ?? []);
    this.createProvider = options.createProvider ?? websocketProvider;
    doc.on('update', this.onUpdate);
  }

  getSharing(): ProgramSharing | null {
    return this.sharing;
  }

  onSharingChange(listener: () => void): () => void {
    this.sharingListeners.add(listener);
    return () => this.sharingListeners.delete(listener);
  }

  /** Syncs with this server and key from now on, or stops syncing (null). */
  setSharing(sharing: ProgramSharing | null): void {
    const previous = this.sharing;
    this.sharing = sharing;
    if (previous?.serverUrl !== sharing?.serverUrl || previous?.key !== sharing?.key)
      this.swapProvider(sharing);
    for (const listener of this.sharingListeners) listener();
  }

  /** The network is down (or back): hold the connection back instead of retrying blindly. */
  setOnline(online: boolean): void {
    this.shared.setSuspended(!online);
  }

  close(): void {
    this.doc.off('update', this.onUpdate);
    this.unwatch?.();
    this.unwatch = null;
    this.shared.close()?.destroy();
    this.sharingListeners.clear();
  }

  private swapProvider(sharing: ProgramSharing | null): void {
    this.unwatch?.();
    this.unwatch = null;
    this.tracker.reset(sharing?.serverUrl ?? null);
    const next =
      sharing === null
        ? null
        : this.createProvider(
            { server: sharing.serverUrl, programId: this.programId, key: sharing.key },
            this.doc,
            this.awareness,
          );
    if (next !== null) this.unwatch = watchProvider(next, this.tracker);
    this.shared.replace(next)?.destroy();
  }

  private readonly onUpdate = (_update: Uint8Array, origin: unknown) => {
    // Changes received from the server are not ours to count.
    if (origin === this.shared.current || this.notEdits.has(origin)) return;
    this.tracker.localChange();
  };
}
