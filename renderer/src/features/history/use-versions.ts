import { useCallback, useRef, useSyncExternalStore } from 'react';

import { readVersions, type VersionRow } from '../../../../shared/history/version-list';
import { reviewRootOf } from '../../../../shared/review/layout';
import { useProgramSession } from '../../program';

/** Every version of the open program, newest first, read again whenever the list changes. */
export function useVersions(): VersionRow[] {
  const { review } = useProgramSession();
  const cache = useRef<VersionRow[] | null>(null);
  const subscribe = useCallback(
    (notify: () => void) => {
      const versions = reviewRootOf(review, 'versions');
      const onChange = () => {
        cache.current = null;
        notify();
      };
      versions.observe(onChange);
      return () => versions.unobserve(onChange);
    },
    [review],
  );
  return useSyncExternalStore(subscribe, () => (cache.current ??= readVersions(review)));
}
