import { useTranslation } from 'react-i18next';

import type { VersionEntry } from '../../../../shared/history/version-list';
import type { Approval } from '../../../../shared/review/approvals';
import { Button } from '../../components';
import { useVersionName } from '../history/version-labels';
import { useApprovalActions } from './use-approve';

/** "Approve for delivery", or, once this user has, "Withdraw my approval". */
export function ApproveButton({
  version,
  approvals,
}: {
  version: VersionEntry;
  /** This version's approvals. */
  approvals: readonly Approval[];
}) {
  const { t } = useTranslation('history');
  const nameOf = useVersionName();
  const actions = useApprovalActions();
  const label = nameOf(version);
  const mine = approvals.some((approval) => approval.by.userId === actions.me.userId);
  return mine ? (
    <Button
      small
      variant="ghost"
      aria-label={t('approval.withdrawLabel', { version: label })}
      onClick={() => actions.withdraw(version.id)}
    >
      {t('approval.withdraw')}
    </Button>
  ) : (
    <Button
      small
      disabled={!actions.canApprove}
      aria-label={t('approval.approveLabel', { version: label })}
      onClick={() => void actions.approve(version.id)}
    >
      {t('approval.approve')}
    </Button>
  );
}
