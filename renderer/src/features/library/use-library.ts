import { useEffect, useState } from 'react';

import type { ProgramSummary } from '../../../../shared/host-api';
import { useHost } from '../../host';

export type LibraryState = {
  programs: ProgramSummary[] | null;
  error: string | null;
};

const messageOf = (failure: unknown) => (failure instanceof Error ? failure.message : String(failure));

/**
 * The programs in the local store, read again whenever the host says the library
 * changed: after an action here, in another window, or by a co-tutor through sync.
 */
export function useLibrary(): LibraryState {
  const host = useHost();
  const [programs, setPrograms] = useState<ProgramSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    // Only the latest reading counts: two changes in a row must not leave the older list on screen.
    let readings = 0;
    const read = (): void => {
      const reading = ++readings;
      const latest = (): boolean => current && reading === readings;
      host.library.list().then(
        (list) => {
          if (!latest()) return;
          setPrograms(list);
          setError(null);
        },
        (failure: unknown) => latest() && setError(messageOf(failure)),
      );
    };
    const stop = host.library.onDidChange(read);
    read();
    return () => {
      current = false;
      stop();
    };
  }, [host]);

  return { programs, error };
}
