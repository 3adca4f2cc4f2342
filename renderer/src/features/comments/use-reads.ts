import { useCallback, useSyncExternalStore } from 'react';

import { reviewRootOf } from '../../../../shared/review/layout';
import { useProgramSession } from '../../program';

/** A counter that moves whenever anyone's read marks or "I am …" choice change. */
export function useReadsVersion(): number {
  const { review } = useProgramSession();
  const subscribe = useCallback(
    (notify: () => void) => {
      const root = reviewRootOf(review, 'reads');
      const onChange = () => {
        versions.set(review, (versions.get(review) ?? 0) + 1);
        notify();
      };
      root.observeDeep(onChange);
      return () => root.unobserveDeep(onChange);
    },
    [review],
  );
  return useSyncExternalStore(subscribe, () => versions.get(review) ?? 0);
}
const versions = new WeakMap<object, number>();
