import { useCallback, useSyncExternalStore } from 'react';

import { reviewRootOf } from '../../../../shared/review/layout';
import { type ProgramSession, useProgramSession } from '../../program';
import { SoftLock } from './soft-lock';

const locks = new WeakMap<ProgramSession, SoftLock>();

/** The one soft lock of the open program: "continue" holds for as long as the program is open. */
function softLockOf(session: ProgramSession): SoftLock {
  let lock = locks.get(session);
  if (lock === undefined) {
    lock = new SoftLock(
      session.doc,
      (origin) => session.undoManager.trackedOrigins.has(origin),
      () => session.undo(),
      () =>
        !session.isReviewLoaded
          ? 'unknown'
          : reviewRootOf(session.review, 'approvals').size > 0
            ? 'some'
            : 'none',
    );
    const known = lock;
    session.onReviewLoaded(() => known.approvalKnown());
    locks.set(session, lock);
  }
  return lock;
}

/**
 * The open program's soft lock, and whether it is asking right now. The
 * window takes it as it opens, so that no edit before the approval is known
 * goes unasked.
 */
export function useSoftLock(): { lock: SoftLock; asking: boolean } {
  const lock = softLockOf(useProgramSession());
  const subscribe = useCallback((notify: () => void) => lock.subscribe(notify), [lock]);
  const asking = useSyncExternalStore(subscribe, () => lock.isAsking);
  return { lock, asking };
}
