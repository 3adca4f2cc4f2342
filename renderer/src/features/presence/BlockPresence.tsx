import { useTranslation } from 'react-i18next';

import { usePeers } from '../../sync/hooks';
import { Avatar } from './Avatar';

const SHOWN = 3;

/** A small mark on a card in the week planner: who has this session open. */
export function BlockPresence({ blockId }: { blockId: string }) {
  const { t } = useTranslation('sharing');
  const here = usePeers().filter(
    (peer) => peer.place?.view === 'session' && peer.place.blockId === blockId,
  );
  if (here.length === 0) return null;
  const label = t('presence.cardOpen', { names: here.map((peer) => peer.user.name).join(', ') });
  return (
    <span className="block-presence" role="img" aria-label={label} title={label}>
      {here.slice(0, SHOWN).map((peer) => (
        <Avatar key={peer.clientId} user={peer.user} size="small" />
      ))}
    </span>
  );
}
