import { useCallback, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

import { reviewRootOf } from '../../../../shared/review/layout';
import { readThreads, type ThreadView } from '../../../../shared/review/threads';
import { useProgramSession } from '../../program';

/**
 * The program's threads, read once per change of the review document's
 * 'threads' part however many components show them. The cache is dropped by an
 * observer installed with it, so a component subscribing later never sees a
 * reading older than the document.
 */
const cache = new WeakMap<Y.Doc, ThreadView[]>();

function threadsOf(review: Y.Doc): ThreadView[] {
  let threads = cache.get(review);
  if (threads === undefined) {
    if (!watched.has(review)) {
      watched.add(review);
      reviewRootOf(review, 'threads').observeDeep(() => cache.delete(review));
    }
    threads = readThreads(review);
    cache.set(review, threads);
  }
  return threads;
}
const watched = new WeakSet<Y.Doc>();

export function useThreads(): ThreadView[] {
  const { review } = useProgramSession();
  const subscribe = useCallback(
    (notify: () => void) => {
      threadsOf(review);
      const root = reviewRootOf(review, 'threads');
      root.observeDeep(notify);
      return () => root.unobserveDeep(notify);
    },
    [review],
  );
  return useSyncExternalStore(subscribe, () => threadsOf(review));
}
