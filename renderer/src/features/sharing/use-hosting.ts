import { useCallback, useEffect, useState } from 'react';

import type { HostingStatus } from '../../../../shared/host-api/contract';
import { useHost } from '../../host';

/**
 * The sync server embedded in this application ("Host on this computer"), as
 * last reported: read once, then kept current by the host's change events (a
 * crash, a restart, a launch on a network not hosted on before).
 */
export function useHosting(): {
  hosting: HostingStatus | null;
  start: () => Promise<HostingStatus>;
  stop: () => Promise<HostingStatus>;
} {
  const host = useHost();
  const [hosting, setHosting] = useState<HostingStatus | null>(null);

  useEffect(() => {
    let current = true;
    // An event that arrives before the first answer is newer than it: the answer must not undo it.
    let heard = false;
    const stopListening = host.hosting.onDidChange((status) => {
      heard = true;
      if (current) setHosting(status);
    });
    host.hosting.status().then(
      (status) => current && !heard && setHosting(status),
      // A host without hosting (or not yet) simply offers none running.
      () => undefined,
    );
    return () => {
      current = false;
      stopListening();
    };
  }, [host]);

  const start = useCallback(async () => {
    const status = await host.hosting.start();
    setHosting(status);
    return status;
  }, [host]);

  const stop = useCallback(async () => {
    const status = await host.hosting.stop();
    setHosting(status);
    return status;
  }, [host]);

  return { hosting, start, stop };
}
