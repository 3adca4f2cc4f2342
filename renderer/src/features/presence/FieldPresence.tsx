import { useTranslation } from 'react-i18next';

import { usePeers } from '../../sync/hooks';
import { Avatar } from './Avatar';

/** Beside a rich-text field's label: who is typing in it (their cursor is in the text). */
export function FieldPresence({ fieldId }: { fieldId: string }) {
  const { t } = useTranslation('sharing');
  const here = usePeers().filter((peer) => peer.fieldId === fieldId);
  if (here.length === 0) return null;
  return (
    <span className="field-presence">
      {here.map((peer) => {
        const label = t('presence.inField', { name: peer.user.name });
        return (
          <span key={peer.clientId} title={label}>
            <Avatar user={peer.user} size="small" />
            <span className="visually-hidden">{label}</span>
          </span>
        );
      })}
    </span>
  );
}
