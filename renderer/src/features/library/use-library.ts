import { useCallback, useEffect, useState } from 'react';

import type { ProgramSummary } from '../../../../shared/host-api';
import { useHost } from '../../host';
import { useDescribeError } from '../../i18n/describe-error';

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
  const describe = useDescribeError();

  const refresh = useCallback(
    () =>
      host.library.list().then(
        (list) => {
          setPrograms(list);
          setError(null);
        },
        (failure: unknown) => setError(describe(failure)),
      ),
    [describe, host],
  );

  useEffect(() => {
    let current = true;
    host.library.list().then(
      (list) => current && setPrograms(list),
      (failure: unknown) => current && setError(describe(failure)),
    );
    return () => {
      current = false;
    };
  }, [describe, host]);

  return { programs, error, refresh };
}
