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
  // The failure as thrown ({ error } so that null means none); put into words when shown.
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const describe = useDescribeError();

  const refresh = useCallback(
    () =>
      host.library.list().then(
        (list) => {
          setPrograms(list);
          setFailure(null);
        },
        (error: unknown) => setFailure({ error }),
      ),
    [host],
  );

  useEffect(() => {
    let current = true;
    host.library.list().then(
      (list) => current && setPrograms(list),
      (error: unknown) => current && setFailure({ error }),
    );
    return () => {
      current = false;
    };
  }, [host]);

  return { programs, error: failure === null ? null : describe(failure.error), refresh };
}
