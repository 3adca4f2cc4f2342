import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { Author } from '../../../../shared/review/threads';
import { useProgramSession } from '../../program';
import { usePreferences } from '../preferences/preferences-context';
import { presenceUserOf } from '../presence/presence-user';

/** This user as the author of a comment: their stable id, and name and colour as presence shows them. */
export function useCommentAuthor(): Author {
  const { t } = useTranslation('sharing');
  const { awareness } = useProgramSession();
  const { settings } = usePreferences();
  return useMemo(
    () => ({
      userId: settings?.userId ?? '',
      ...presenceUserOf(settings, t('presence.defaultName'), awareness.clientID),
    }),
    [settings, t, awareness],
  );
}
