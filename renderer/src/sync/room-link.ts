import type { Awareness } from 'y-protocols/awareness';
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';

import type { ProgramSharing } from '../../../shared/host-api/contract';
import { SharedProvider } from './shared-provider';
import { SyncTracker } from './sync-status';
import { type ProviderFactory, watchProvider } from './websocket';

/**
 * One document's link to its room: one provider at a time for the server and
 * key the program is shared with, used through the reference-counted wrapper,
 * and the status of that room alone. ProgramSync holds one for the program
 * document and one for its review document.
 */
export class RoomLink {
  readonly shared = new SharedProvider<WebsocketProvider>();
  readonly tracker = new SyncTracker();
  private unwatch: (() => void) | null = null;
  private sharing: ProgramSharing | null = null;
  private held: boolean;

  constructor(
    private readonly room: string,
    private readonly doc: Y.Doc,
    private readonly awareness: Awareness,
    private readonly notEdits: ReadonlySet<unknown>,
    private readonly createProvider: ProviderFactory,
    /**
     * Held back until release(): neither the provider nor this link listen for
     * updates, so that applying the document's stored state is not encoded again
     * for them (docs/comments.md, "Opening a plan").
     */
    held = false,
  ) {
    this.held = held;
    if (!held) doc.on('update', this.onUpdate);
  }

  /** Syncs with this server and key from now on (a new provider), or stops (null). */
  connectTo(sharing: ProgramSharing | null): void {
    this.sharing = sharing;
    // Held, a shared room is still to sync: the status says so meanwhile.
    this.tracker.reset(sharing?.serverUrl ?? null);
    if (this.held) return;
    this.unwatch?.();
    this.unwatch = null;
    const next =
      sharing === null
        ? null
        : this.createProvider(
            { server: sharing.serverUrl, room: this.room, key: sharing.key },
            this.doc,
            this.awareness,
          );
    if (next !== null) this.unwatch = watchProvider(next, this.tracker);
    this.shared.replace(next)?.destroy();
  }

  /** Lets a held link listen and connect, with the sharing it was last given. */
  release(): void {
    if (!this.held) return;
    this.held = false;
    this.doc.on('update', this.onUpdate);
    this.connectTo(this.sharing);
  }

  close(): void {
    this.held = false;
    this.doc.off('update', this.onUpdate);
    this.unwatch?.();
    this.unwatch = null;
    this.shared.close()?.destroy();
  }

  private readonly onUpdate = (_update: Uint8Array, origin: unknown) => {
    // Changes received from the server are not ours to count.
    if (origin === this.shared.current || this.notEdits.has(origin)) return;
    this.tracker.localChange();
  };
}
