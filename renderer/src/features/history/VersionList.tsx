import { useTranslation } from 'react-i18next';

import type { VersionRow } from '../../../../shared/history/version-list';
import type { StoredVersion } from '../../../../shared/host-api/contract';
import { type ApprovalList, approvalsOfVersion } from '../../../../shared/review/approvals';
import { Button } from '../../components';
import { VersionApprovals } from '../approval/VersionApprovals';
import { Avatar } from '../presence/Avatar';
import { useVersionDate, useVersionName } from './version-labels';

type Props = {
  rows: readonly VersionRow[];
  /** The bodies on this computer; null while they are being listed. */
  stored: ReadonlyMap<string, StoredVersion> | null;
  approvals: ApprovalList;
  /** The version approved for delivery, if any. */
  approvedId: string | null;
  onOpen: (versionId: string) => void;
  onCompareWithNow: (versionId: string) => void;
};

/**
 * Every version, newest first: its name (or "Automatic"), what kind, who, when,
 * and who approved it for delivery.
 * A version whose entry or file is damaged is listed as such and cannot be
 * opened; the others are unaffected. One whose body is not on this computer
 * (a co-tutor kept it) says so: opening it fetches it from the sync server.
 */
export function VersionList({
  rows,
  stored,
  approvals,
  approvedId,
  onOpen,
  onCompareWithNow,
}: Props) {
  const { t } = useTranslation('history');
  const nameOf = useVersionName();
  const dateOf = useVersionDate();

  if (rows.length === 0) return <p className="version-list-empty">{t('list.empty')}</p>;
  return (
    <ol className="version-list" aria-label={t('list.label')}>
      {rows.map((row) => {
        if (row.damaged || stored?.get(row.id)?.damaged === true) {
          return (
            <li key={row.id} className="version-row version-row--damaged">
              <span className="version-name">{t('list.damaged')}</span>
              <span className="version-kind">{t('list.damagedHint')}</span>
            </li>
          );
        }
        const author = row.author.name === '' ? t('list.someone') : row.author.name;
        const label = nameOf(row);
        const elsewhere = stored !== null && !stored.has(row.id);
        return (
          <li key={row.id} className="version-row">
            <div className="version-what">
              <span className="version-name">{row.name ?? t('list.automatic')}</span>
              <span className="version-kind">{t(`kind.${row.kind}`)}</span>
              {elsewhere ? (
                <span className="version-elsewhere" title={t('list.onServerHint')}>
                  {t('list.onServer')}
                  <span className="visually-hidden"> — {t('list.onServerHint')}</span>
                </span>
              ) : null}
            </div>
            <div className="version-who">
              <Avatar user={{ name: author, color: row.author.color }} size="small" />
              <span>{t('list.by', { name: author })}</span>
            </div>
            <time className="version-when" dateTime={row.createdAt}>
              {dateOf(row)}
            </time>
            <div className="version-actions">
              <Button
                small
                aria-label={t('list.viewLabel', { version: label })}
                onClick={() => onOpen(row.id)}
              >
                {t('list.view')}
              </Button>
              <Button
                small
                aria-label={t('list.compareNowLabel', { version: label })}
                onClick={() => onCompareWithNow(row.id)}
              >
                {t('list.compareNow')}
              </Button>
            </div>
            <VersionApprovals
              version={row}
              approvals={approvalsOfVersion(approvals, row.id)}
              approved={row.id === approvedId}
            />
          </li>
        );
      })}
    </ol>
  );
}
