import { useCallback, useRef, useSyncExternalStore } from 'react';

import {
  type ApprovalList,
  type ApprovedVersion,
  approvedVersion,
  readApprovals,
} from '../../../../shared/review/approvals';
import { reviewRootOf } from '../../../../shared/review/layout';
import { useProgramSession } from '../../program';
import { useVersions } from '../history/use-versions';

/** Every approval of the open program, newest first, read again whenever one is given or withdrawn. */
export function useApprovals(): ApprovalList {
  const { review } = useProgramSession();
  const cache = useRef<ApprovalList | null>(null);
  const subscribe = useCallback(
    (notify: () => void) => {
      const approvals = reviewRootOf(review, 'approvals');
      const onChange = () => {
        cache.current = null;
        notify();
      };
      approvals.observe(onChange);
      return () => approvals.unobserve(onChange);
    },
    [review],
  );
  return useSyncExternalStore(subscribe, () => (cache.current ??= readApprovals(review)));
}

/** The version approved for delivery (the one approved last), or null. */
export function useApprovedVersion(): ApprovedVersion | null {
  const approvals = useApprovals();
  const versions = useVersions();
  const readable = versions.flatMap((row) => (row.damaged ? [] : [row]));
  return approvedVersion(approvals, readable);
}
