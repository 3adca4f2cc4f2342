import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';

import type * as Approvals from '../../../../shared/review/approvals';
import type { ApprovalList, ApprovedVersion } from '../../../../shared/review/approvals';
import { reviewRootOf } from '../../../../shared/review/layout';
import { useProgramSession } from '../../program';
import { useVersions } from '../history/use-versions';

type ApprovalsModule = typeof Approvals;

const NONE: ApprovalList = { approvals: [], damaged: 0 };
let loaded: ApprovalsModule | null = null;

/**
 * The reader of approvals (with its schemas) loads only for a program that has
 * any: most programs have none, and the first open of a plan need not wait for it.
 */
function useApprovalsModule(needed: boolean): ApprovalsModule | null {
  const [module, setModule] = useState(loaded);
  useEffect(() => {
    if (!needed || module !== null) return;
    let live = true;
    void import('../../../../shared/review/approvals').then((read) => {
      loaded = read;
      if (live) setModule(read);
    });
    return () => {
      live = false;
    };
  }, [needed, module]);
  return module;
}

/** Every approval of the open program, newest first, read again whenever one is given or withdrawn. */
export function useApprovals(): ApprovalList {
  const { review } = useProgramSession();
  const cache = useRef<{ list: ApprovalList; module: ApprovalsModule | null } | null>(null);
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
  const size = useSyncExternalStore(subscribe, () => reviewRootOf(review, 'approvals').size);
  const module = useApprovalsModule(size > 0);
  return useSyncExternalStore(subscribe, () => {
    if (cache.current?.module !== module) cache.current = null;
    cache.current ??= {
      list: module === null || size === 0 ? NONE : module.readApprovals(review),
      module,
    };
    return cache.current.list;
  });
}

/** The version approved for delivery (the one approved last), or null. */
export function useApprovedVersion(): ApprovedVersion | null {
  const approvals = useApprovals();
  const versions = useVersions();
  if (approvals.approvals.length === 0 || loaded === null) return null;
  const readable = versions.flatMap((row) => (row.damaged ? [] : [row]));
  return loaded.approvedVersion(approvals, readable);
}
