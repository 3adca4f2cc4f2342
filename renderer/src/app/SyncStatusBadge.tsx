import { useTranslation } from 'react-i18next';

import { useSyncState } from '../sync/hooks';

/**
 * How a shared program stands with its server: Offline, Connecting…, Synced, and
 * how many of this user's changes have not reached the server yet. A program
 * that is not shared shows only the local save status beside it.
 */
export function SyncStatusBadge() {
  const { t } = useTranslation('sharing');
  const { phase, pending, server } = useSyncState();
  if (phase === 'local' || server === null) return null;

  const state = t(`status.${phase}`);
  const text =
    pending > 0
      ? t('status.withPending', { state, pending: t('status.pending', { count: pending }) })
      : state;
  const title = t(`status.${phase}Title`, { server });
  return (
    <span
      className={`badge sync-badge sync-${phase}`}
      role="status"
      aria-live="polite"
      title={title}
    >
      <span className="sync-dot" aria-hidden="true" />
      {text}
    </span>
  );
}
