import './sharing.css';

import { useTranslation } from 'react-i18next';

import { Button } from '../../components';
import { useSharing, useSyncState } from '../../sync/hooks';

/**
 * A program joined from an invite, before the server has sent it: what we are
 * waiting for, whether the server can be reached, and the way back.
 */
export function AwaitingFirstSync({ onBack }: { onBack: () => void }) {
  const { t } = useTranslation('sharing');
  const sharing = useSharing();
  const { phase } = useSyncState();
  const server = sharing?.serverUrl ?? '';

  return (
    <div className="screen-message awaiting-sync">
      <div className="awaiting-spinner" aria-hidden="true" />
      <div className="awaiting-text" role="status">
        <h1>{t('waiting.title', { server })}</h1>
        <p className="muted">{t('waiting.text')}</p>
      </div>
      {phase === 'offline' || phase === 'refused' ? (
        <p className="awaiting-problem" role="alert">
          {phase === 'offline' ? t('waiting.unreachable', { server }) : t('waiting.refused')}
        </p>
      ) : null}
      <Button onClick={onBack}>{t('waiting.back')}</Button>
    </div>
  );
}
