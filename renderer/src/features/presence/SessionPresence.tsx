import { useId } from 'react';
import { useTranslation } from 'react-i18next';

import { SESSION_RICH_FIELDS, type SessionRichField } from '../../../../shared/model/schema';
import { usePeers } from '../../sync/hooks';
import type { Peer } from '../../sync/presence-state';
import { Avatar } from './Avatar';

const isSessionField = (key: string): key is SessionRichField =>
  (SESSION_RICH_FIELDS as readonly string[]).includes(key);

/**
 * The co-tutors who have this session open too, under its title, with the field
 * each is typing in: their cursor may be further down the page.
 */
export function SessionPresence({ blockId }: { blockId: string }) {
  const { t } = useTranslation('sharing');
  const { t: ts } = useTranslation('session');
  const labelId = useId();
  const here = usePeers().filter(
    (peer) => peer.place?.view === 'session' && peer.place.blockId === blockId,
  );
  if (here.length === 0) return null;

  const fieldOf = (peer: Peer): string | null => {
    const prefix = `${blockId}:`;
    const key = peer.fieldId?.startsWith(prefix) ? peer.fieldId.slice(prefix.length) : '';
    return isSessionField(key) ? ts(`fields.${key}`) : null;
  };

  return (
    <div className="session-presence">
      <span id={labelId} className="session-presence-label">
        {t('presence.sessionHere')}
      </span>
      <ul className="session-presence-list" aria-labelledby={labelId}>
        {here.map((peer) => {
          const field = fieldOf(peer);
          return (
            <li key={peer.clientId} className="session-presence-person">
              <Avatar user={peer.user} size="small" />
              <span>{peer.user.name}</span>
              {field === null ? null : (
                <span className="session-presence-field">{t('presence.typingIn', { field })}</span>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
