import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import { useDescribeError } from '../i18n/describe-error';
import { type SaveStatus, useSaveStatus } from '../program';

/** What the badge says for a save status, in the interface's words (a failure put into words by `describe`). */
export function saveStatusText(
  status: SaveStatus,
  t: TFunction,
  describe: (error: unknown) => string,
): string {
  if (status.state === 'error')
    return t('status.error', { ns: 'common', message: describe(status.error) });
  return status.state === 'saving'
    ? t('status.saving', { ns: 'common' })
    : t('status.saved', { ns: 'common' });
}

export function SaveStatusBadge() {
  const { t } = useTranslation();
  const status = useSaveStatus();
  const describe = useDescribeError();
  return (
    <span
      className={`badge ${status.state === 'error' ? 'badge-danger' : ''}`}
      role="status"
      aria-live="polite"
    >
      {saveStatusText(status, t, describe)}
    </span>
  );
}
