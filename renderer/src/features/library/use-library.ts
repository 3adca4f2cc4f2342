import { useEffect, useState } from 'react';

import type { ProgramSummary } from '../../../../shared/host-api/contract';
import { useHost } from '../../host';
import { useDescribeError } from '../../i18n/describe-error';

export type LibraryState = {
  programs: ProgramSummary[] | null;
  error: string | null;
};

/**
 * The programs in the local store, read again whenever the host says the library
 * changed: after an action here, in another window, or by a co-tutor through sync.
 */
export function useLibrary(): LibraryState {
  const host = useHost();
  const [programs, setPrograms] = useState<ProgramSummary[] | null>(null);
  // The failure as thrown ({ error } so that null means none); put into words when shown.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const describe = useDescribeError();

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
          setFailure(null);
        },
        (error: unknown) => latest() && setFailure({ error }),
      );
    };
    const stop = host.library.onDidChange(read);
    read();
    return () => {
      current = false;
      stop();
    };
  }, [host]);

  return { programs, error: failure === null ? null : describe(failure.error) };
}
