import { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';

import type { ProgramSharing } from '../../../shared/host-api/contract';
import { roomNameOf } from '../../../shared/sync/room';
import { CombinedSyncStatus, type SyncStatusSource } from './combined-status';
import { RoomLink } from './room-link';
import type { Release } from './shared-provider';
import { type ProviderFactory, websocketProvider } from './websocket';

export type ProgramSyncOptions = {
  /** Origins of changes that are not this user's edits (loading from storage). */
  notEdits?: readonly unknown[];
  createProvider?: ProviderFactory;
  /** The review document's room waits for releaseReview (its stored state is applied later). */
  holdReview?: boolean;
};

/**
 * The open program's link to its sync server: the program document in its room
 * and the review document in its own (shared/sync/room.ts), both with the
 * server and key the program is shared with (none when it is not shared), and
 * the one status the badge shows for both. Sharing started, rotated or stopped
 * while the program is open swaps both providers underneath without reopening
 * anything. Presence travels with the program document only: the review
 * document's awareness never holds a state of ours.
 */
export class ProgramSync {
  readonly program: RoomLink;
  readonly review: RoomLink;
  readonly tracker: SyncStatusSource;
  private sharing: ProgramSharing | null = null;
  private readonly sharingListeners = new Set<() => void>();
  private readonly reviewAwareness: Awareness;

  constructor(
    programId: string,
    doc: Y.Doc,
    awareness: Awareness,
    review: Y.Doc,
    options: ProgramSyncOptions = {},
  ) {
    const notEdits = new Set(options.notEdits ?? []);
    const createProvider = options.createProvider ?? websocketProvider;
    this.reviewAwareness = new Awareness(review);
    this.reviewAwareness.setLocalState(null);
    this.program = new RoomLink(
      roomNameOf(programId, 'program'),
      doc,
      awareness,
      notEdits,
      createProvider,
    );
    this.review = new RoomLink(
      roomNameOf(programId, 'review'),
      review,
      this.reviewAwareness,
      notEdits,
      createProvider,
      options.holdReview ?? false,
    );
    this.tracker = new CombinedSyncStatus([this.program.tracker, this.review.tracker]);
  }

  /** The program document's connection, which its editors lease. */
  get shared() {
    return this.program.shared;
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
    if (previous?.serverUrl !== sharing?.serverUrl || previous?.key !== sharing?.key) {
      this.program.connectTo(sharing);
      this.review.connectTo(sharing);
    }
    for (const listener of this.sharingListeners) listener();
  }

  /** The review document holds its stored state: its room may sync from now on. */
  releaseReview(): void {
    this.review.release();
  }

  /** Keeps both rooms connected while the program is open (the review has no editor to lease it). */
  acquire(): Release {
    const releases = [this.program.shared.acquire(), this.review.shared.acquire()];
    return () => releases.forEach((release) => release());
  }

  /** The network is down (or back): hold the connections back instead of retrying blindly. */
  setOnline(online: boolean): void {
    this.program.shared.setSuspended(!online);
    this.review.shared.setSuspended(!online);
  }

  close(): void {
    this.program.close();
    this.review.close();
    this.reviewAwareness.destroy();
    this.sharingListeners.clear();
  }
}
