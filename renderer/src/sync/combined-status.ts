import type { SyncPhase, SyncState, SyncTracker } from './sync-status';

/** What the badge reads: the state now, and word when it changes. */
export type SyncStatusSource = {
  getState(): SyncState;
  subscribe(listener: () => void): () => void;
};

/** The phase that says most about what is not yet synced wins. */
const WEIGHT: Record<SyncPhase, number> = {
  local: 0,
  synced: 1,
  connecting: 2,
  offline: 3,
  refused: 4,
  full: 5,
};

/**
 * One status for the program and its review document, each synced in its own
 * room: Synced only when both are, Offline when either is, and the changes not
 * yet synced counted over both.
 */
export function combinedSyncState(states: readonly SyncState[]): SyncState {
  const [first, ...rest] = states;
  if (first === undefined) throw new Error('no sync state to combine');
  return rest.reduce(
    (combined, state) => ({
      phase: WEIGHT[state.phase] > WEIGHT[combined.phase] ? state.phase : combined.phase,
      pending: combined.pending + state.pending,
      server: combined.server ?? state.server,
    }),
    first,
  );
}

/** The trackers of several rooms as one source, whose state object changes only when theirs do. */
export class CombinedSyncStatus implements SyncStatusSource {
  private seen: readonly SyncState[] = [];
  private state: SyncState | null = null;

  constructor(private readonly trackers: readonly SyncTracker[]) {}

  getState(): SyncState {
    const states = this.trackers.map((tracker) => tracker.getState());
    // The same object while nothing changed, as React's external stores require.
    if (this.state === null || states.some((state, index) => state !== this.seen[index])) {
      this.seen = states;
      this.state = combinedSyncState(states);
    }
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    const stops = this.trackers.map((tracker) => tracker.subscribe(listener));
    return () => stops.forEach((stop) => stop());
  }
}
