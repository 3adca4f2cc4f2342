import { useCallback, useEffect, useState } from 'react';

import type { ProgramSummary } from '../../../../shared/host-api';
import { useHost } from '../../host';

export type LibraryState = {
  programs: ProgramSummary[] | null;
  error: string | null;
  refresh: () => Promise<void>;
};

/** The programs in the local store, re-read after every change made from the library. */
export function useLibrary(): LibraryState {
  const host = useHost();
  const [programs, setPrograms] = useState<ProgramSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setPrograms(await host.library.list());
      setError(null);
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    }
  }, [host]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  return { programs, error, refresh };
}
