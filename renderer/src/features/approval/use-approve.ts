import { useCallback } from 'react';

import { approve, type Approver, withdraw } from '../../../../shared/review/approvals';
import { useProgramSession } from '../../program';
import { LOCAL_ORIGIN } from '../../program/origins';
import { useCommentAuthor } from '../comments/use-comment-author';

export type ApprovalActions = {
  /** This user: their stable id, and name and colour as presence shows them. */
  me: Approver;
  /** False until the preferences (and with them the stable user id) are loaded. */
  canApprove: boolean;
  approve: (versionId: string) => void;
  withdraw: (versionId: string) => void;
};

/** Approving and withdrawing, as this user, in the open program's review document. */
export function useApprovalActions(): ApprovalActions {
  const { review } = useProgramSession();
  // Whoever approves is known to co-tutors as they know a comment's author.
  const me = useCommentAuthor();
  return {
    me,
    canApprove: me.userId !== '',
    approve: useCallback(
      (versionId: string) =>
        approve(review, { versionId, by: me, at: new Date().toISOString() }, LOCAL_ORIGIN),
      [review, me],
    ),
    withdraw: useCallback(
      (versionId: string) => withdraw(review, versionId, me.userId, LOCAL_ORIGIN),
      [review, me],
    ),
  };
}
