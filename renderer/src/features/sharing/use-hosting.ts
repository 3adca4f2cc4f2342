import { useCallback, useEffect, useState } from 'react';

import type { HostingStatus } from '../../../../shared/host-api/contract';
import { useHost } from '../../host';

/** The sync server embedded in this application ("Host on this computer"), as last reported. */
export function useHosting(): {
  hosting: HostingStatus | null;
  start: () => Promise<HostingStatus>;
} {
  const host = useHost();
  const [hosting, setHosting] = useState<HostingStatus | null>(null);

  useEffect(() => {
    let current = true;
    host.hosting.status().then(
      (status) => current && setHosting(status),
      // A host without hosting (or not yet) simply offers none running.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [host]);

  const start = useCallback(async () => {
    const status = await host.hosting.start();
    setHosting(status);
    return status;
  }, [host]);

  return { hosting, start };
}
