import { useCallback } from 'react';

import { messageOf } from '../../../../shared/host-api/errors';
import { approve, type Approver, withdraw } from '../../../../shared/review/approvals';
import { useProgramSession, useReviewLoaded } from '../../program';
import { LOCAL_ORIGIN } from '../../program/origins';
import { useCommentAuthor } from '../comments/use-comment-author';
import { useVersionKeeper } from '../history/use-version-keeper';

export type ApprovalActions = {
  /** This user: their stable id, and name and colour as presence shows them. */
  me: Approver;
  /** False until the preferences (with them the stable user id) and the review document are loaded. */
  canApprove: boolean;
  approve: (versionId: string) => Promise<void>;
  withdraw: (versionId: string) => void;
};

/** Approving and withdrawing, as this user, in the open program's review document. */
export function useApprovalActions(): ApprovalActions {
  const session = useProgramSession();
  const { review } = session;
  const loaded = useReviewLoaded(session);
  const keeper = useVersionKeeper();
  // Whoever approves is known to co-tutors as they know a comment's author.
  const me = useCommentAuthor();
  return {
    me,
    canApprove: me.userId !== '' && loaded,
    approve: useCallback(
      async (versionId: string) => {
        // Without the body here, the approval still counts; co-tutors without it see no count.
        const body = await keeper.body(versionId).catch((error: unknown) => {
          console.warn(`The body of version ${versionId} is not here: ${messageOf(error)}`);
          return null;
        });
        approve(review, { versionId, by: me, at: new Date().toISOString() }, body, LOCAL_ORIGIN);
      },
      [review, me, keeper],
    ),
    withdraw: useCallback(
      (versionId: string) => withdraw(review, versionId, me.userId, LOCAL_ORIGIN),
      [review, me],
    ),
  };
}
