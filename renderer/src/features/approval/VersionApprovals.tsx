import './approval.css';

import { useTranslation } from 'react-i18next';

import type { VersionEntry } from '../../../../shared/history/version-list';
import type { Approval } from '../../../../shared/review/approvals';
import { formatMoment, useFormatLocale } from '../../i18n/format';
import { useVersionName } from '../history/version-labels';
import { Avatar } from '../presence/Avatar';
import { ApproveButton } from './ApproveButton';

type Props = {
  version: VersionEntry;
  /** This version's approvals, newest first. */
  approvals: readonly Approval[];
  /** Whether it is the approved version (the one approved last). */
  approved: boolean;
};

/** Who approved a version for delivery and when, with this user's Approve or Withdraw. */
export function VersionApprovals({ version, approvals, approved }: Props) {
  const { t } = useTranslation('history');
  const locale = useFormatLocale();
  const nameOf = useVersionName();
  const label = nameOf(version);
  const when = (at: string) => formatMoment(Date.parse(at), locale);

  return (
    <div className="version-approvals">
      {approved ? <span className="approval-badge">{t('approval.badge')}</span> : null}
      {approvals.length === 0 ? null : (
        <ul aria-label={t('approval.listLabel', { version: label })}>
          {approvals.map((approval) => {
            const name = approval.by.name === '' ? t('list.someone') : approval.by.name;
            return (
              <li key={approval.by.userId}>
                <Avatar user={{ name, color: approval.by.color }} size="small" />
                <span>
                  {t('approval.by', { name })}{' '}
                  <time dateTime={approval.at}>{when(approval.at)}</time>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <ApproveButton version={version} approvals={approvals} />
    </div>
  );
}
