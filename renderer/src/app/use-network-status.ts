import { useEffect } from 'react';

import type { ProgramSession } from '../program';

/**
 * Holds the program's connection back while the system says the network is
 * gone, and reconnects as soon as it is back, instead of waiting for the socket
 * to time out (hotel Wi-Fi drops without closing anything). Only the events are
 * trusted, not navigator.onLine at start: a computer with no network at all
 * still reaches a sync server on itself.
 */
export function useNetworkStatus(session: ProgramSession): void {
  useEffect(() => {
    const offline = () => session.sync.setOnline(false);
    const online = () => session.sync.setOnline(true);
    window.addEventListener('offline', offline);
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
    };
  }, [session]);
}
