import { useCallback, useSyncExternalStore } from 'react';

import type { ProgramSharing } from '../../../shared/host-api/contract';
import { useProgramSession } from '../program/program-context';
import type { Peer } from './presence-state';
import type { SyncState } from './sync-status';

/** Offline / connecting / synced and the changes not yet synced, for the status badge. */
export function useSyncState(): SyncState {
  const { sync } = useProgramSession();
  return useSyncExternalStore(
    useCallback((notify) => sync.tracker.subscribe(notify), [sync]),
    () => sync.tracker.getState(),
  );
}

/** How the open program is shared, or null; follows sharing started or stopped in the dialog. */
export function useSharing(): ProgramSharing | null {
  const { sync } = useProgramSession();
  return useSyncExternalStore(
    useCallback((notify) => sync.onSharingChange(notify), [sync]),
    () => sync.getSharing(),
  );
}

/** The other people with this program open. */
export function usePeers(): Peer[] {
  const { peers } = useProgramSession();
  return useSyncExternalStore(peers.subscribe, peers.getPeers);
}
