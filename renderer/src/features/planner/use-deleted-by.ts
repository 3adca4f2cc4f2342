import { useTranslation } from 'react-i18next';

import type { DeletedBy } from '../../../../shared/review/deletions';
import { useProgramSession } from '../../program';
import { usePreferences } from '../preferences/preferences-context';
import { presenceUserOf } from '../presence/presence-user';
import { useLatest } from './use-latest';

/**
 * Who deletes a session, as "Recently deleted" shows it: the name and colour
 * presence uses, and this installation's stable id once the settings are loaded.
 */
export function useDeletedBy(): { readonly current: () => DeletedBy } {
  const session = useProgramSession();
  const { settings } = usePreferences();
  const { t } = useTranslation('sharing');
  return useLatest(() => {
    const user = presenceUserOf(settings, t('presence.defaultName'), session.awareness.clientID);
    const userId = settings?.userId ?? '';
    return userId === '' ? user : { ...user, userId };
  });
}
