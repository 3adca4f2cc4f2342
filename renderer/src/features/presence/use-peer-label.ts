import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { useDays } from '../../program';
import type { Peer } from '../../sync/presence-state';

/**
 * What a person is doing, as one sentence for their avatar's accessible name and
 * tooltip: "Aigerim Sultanova, editing “Planning a CLIL lesson”".
 */
export function usePeerLabel(): (peer: Peer) => string {
  const { t } = useTranslation('sharing');
  const days = useDays();
  const titles = useMemo(
    () =>
      new Map(
        days.flatMap((day) => day.blocks.map((block) => [block.id, block.title.trim()] as const)),
      ),
    [days],
  );

  return useCallback(
    (peer: Peer) => {
      const { name } = peer.user;
      const place = peer.place;
      if (place === null) return name;
      if (place.view === 'session' && place.blockId !== null) {
        const title = titles.get(place.blockId);
        if (title === undefined) return name;
        return t('presence.editing', {
          name,
          title: title === '' ? t('presence.untitled') : title,
        });
      }
      return place.view === 'settings'
        ? t('presence.inSettings', { name })
        : t('presence.viewingWeek', { name });
    },
    [t, titles],
  );
}
