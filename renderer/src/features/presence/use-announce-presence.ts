import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { useProgramSession } from '../../program';
import { announcePlace, announceUser, type PresencePlace } from '../../sync/presence-state';
import { usePreferences } from '../preferences/preferences-context';
import { presenceUserOf } from './presence-user';

/**
 * Tells the co-tutors in this program who this user is and what they have open;
 * a change in Preferences or a move to another session shows at once.
 */
export function useAnnouncePresence(place: PresencePlace): void {
  const { t } = useTranslation('sharing');
  const { awareness } = useProgramSession();
  const { settings } = usePreferences();
  const user = useMemo(
    () => presenceUserOf(settings, t('presence.defaultName'), awareness.clientID),
    [settings, t, awareness],
  );

  useEffect(() => {
    announceUser(awareness, user);
  }, [awareness, user]);

  const { view, blockId } = place;
  useEffect(() => {
    announcePlace(awareness, { view, blockId });
  }, [awareness, view, blockId]);
}
