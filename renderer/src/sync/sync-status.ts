/**
 * How the open program stands with its sync server, as the status badge shows it:
 * - `local`: not shared; only the local save status matters;
 * - `connecting`: reaching the server or exchanging the first sync;
 * - `offline`: no connection (the network is down or the server cannot be reached;
 *   y-websocket keeps trying in the background);
 * - `synced`: connected, and both sides have each other's changes;
 * - `refused`: the server turned the key away for good (it was rotated):
 *   nothing syncs until the program is joined again with the new invite;
 * - `full`: the server refused the room's growth for good (close 4413,
 *   `room-too-large`): the program is past the size it keeps for one program.
 *   Retrying would send the same update and be refused again, so nothing syncs
 *   until whoever runs the server raises its limit and the program is reopened.
 * `pending` counts this user's changes made since the last complete sync, while
 * not synced; it goes back to 0 when the server has answered the sync again.
 */
export type SyncPhase = 'local' | 'connecting' | 'offline' | 'synced' | 'refused' | 'full';

/** A final refusal: a phase the retries of y-websocket no longer change. */
const FINAL: ReadonlySet<SyncPhase> = new Set(['refused', 'full']);

export type SyncState = {
  phase: SyncPhase;
  pending: number;
  /** The server of a shared program, null for a program that is not shared. */
  server: string | null;
};

/** The server's close code for an update that would take the room past its size limit. */
const ROOM_FULL = 4413;

export type ConnectionStatus = 'connecting' | 'connected' | 'disconnected';

export const LOCAL_STATE: SyncState = { phase: 'local', pending: 0, server: null };

/**
 * The status as a small state machine fed by the provider's events. Once an
 * attempt has failed the state stays `offline` through the retries that follow,
 * so the badge does not flicker between Offline and Connecting every few seconds
 * while the network is down.
 */
export class SyncTracker {
  private state: SyncState = LOCAL_STATE;
  private readonly listeners = new Set<() => void>();

  getState(): SyncState {
    return this.state;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** A new server (or none): starts over, nothing pending. */
  reset(server: string | null): void {
    this.set(server === null ? LOCAL_STATE : { phase: 'connecting', pending: 0, server });
  }

  status(status: ConnectionStatus): void {
    const { phase } = this.state;
    if (phase === 'local') return;
    if (status === 'connected') this.setPhase('connecting');
    else if (FINAL.has(phase)) return;
    else if (status === 'disconnected') this.setPhase('offline');
    // A new attempt after a failed one is still offline until it connects.
    else if (phase !== 'offline') this.setPhase('connecting');
  }

  /** A connection attempt ended (unreachable, or closed by either side). */
  connectionClosed(): void {
    const { phase } = this.state;
    if (phase !== 'local' && !FINAL.has(phase)) this.setPhase('offline');
  }

  /**
   * The server closed the connection for good (a close code 4400–4499): the
   * room is too large for it (4413), or its key is no longer valid (4403 after a
   * rotation, 4410 once sharing stopped).
   */
  refused(code: number): void {
    if (this.state.phase !== 'local') this.setPhase(code === ROOM_FULL ? 'full' : 'refused');
  }

  synced(isSynced: boolean): void {
    if (this.state.phase === 'local') return;
    if (isSynced) this.set({ ...this.state, phase: 'synced', pending: 0 });
    else if (this.state.phase === 'synced') this.setPhase('connecting');
  }

  /** A change made here: counted unless it reaches the server right away. */
  localChange(): void {
    const { phase } = this.state;
    if (phase === 'local' || phase === 'synced') return;
    this.set({ ...this.state, pending: this.state.pending + 1 });
  }

  private setPhase(phase: SyncPhase): void {
    if (this.state.phase !== phase) this.set({ ...this.state, phase });
  }

  private set(state: SyncState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
