import { useTranslation } from 'react-i18next';

import { usePeers } from '../../sync/hooks';
import type { Peer } from '../../sync/presence-state';
import { Avatar } from './Avatar';
import { usePeerLabel } from './use-peer-label';

const SHOWN = 4;

/** Who else has the program open, in the top bar; nothing when one is alone. */
export function PresenceBar() {
  const peers = usePeers();
  // Alone, the week's titles are not read: opening a program does not wait for them.
  return peers.length === 0 ? null : <PeerList peers={peers} />;
}

function PeerList({ peers }: { peers: readonly Peer[] }) {
  const { t } = useTranslation('sharing');
  const labelOf = usePeerLabel();
  const shown = peers.slice(0, SHOWN);
  const hidden = peers.slice(SHOWN);
  const hiddenLabel = t('presence.moreLabel', {
    count: hidden.length,
    names: hidden.map(labelOf).join('; '),
  });

  return (
    // Each item is named by what the person is doing; the avatar inside is its picture.
    <ul className="presence-bar" aria-label={t('presence.here')}>
      {shown.map((peer) => {
        const label = labelOf(peer);
        return (
          <li key={peer.clientId} aria-label={label} title={label}>
            <Avatar user={peer.user} />
          </li>
        );
      })}
      {hidden.length > 0 ? (
        <li aria-label={hiddenLabel} title={hiddenLabel}>
          <span className="avatar avatar-more" aria-hidden="true">
            {t('presence.more', { count: hidden.length })}
          </span>
        </li>
      ) : null}
    </ul>
  );
}
