import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { dayDate } from '../../../../shared/schedule/dates';
import { dayOffsets, formatOffset, offsetChanges } from '../../../../shared/schedule/zones';
import { formatDate, useFormatLocale } from '../../i18n/format';
import type { TimeZones } from '../preferences/use-time-zones';

type Props = {
  days: readonly { startMin: number }[];
  startDate: string;
  zones: TimeZones;
  showHomeTimes: boolean;
  onShowHomeTimesChange: (shown: boolean) => void;
};

/**
 * Both zones stated once above the week, with their offsets on the program's
 * own days (a change to summer time within the week is named with its date), and
 * the choice to show the home times on every card. Nothing when both clocks read
 * alike all week.
 */
export function TimeZonesBar({
  days,
  startDate,
  zones,
  showHomeTimes,
  onShowHomeTimesChange,
}: Props) {
  const { t } = useTranslation('planner');
  const locale = useFormatLocale();
  const offsets = useMemo(
    () =>
      dayOffsets(
        days.map((day, index) => ({ date: dayDate(startDate, index), startMin: day.startMin })),
        zones,
      ),
    [days, startDate, zones],
  );
  if (offsets.every((day) => day.venue === day.home)) return null;

  const zoneText = (zone: string, side: 'venue' | 'home') => {
    const [first, ...later] = offsetChanges(offsets, side);
    const offset = formatOffset(first?.offset ?? 0);
    // "UTC" names its offset already.
    if (later.length === 0) return zone === offset ? zone : t('home.zone', { zone, offset });
    const changes = later
      .map((change) =>
        t('home.offsetFrom', {
          offset: formatOffset(change.offset),
          date: formatDate(change.from, locale),
        }),
      )
      .join('; ');
    return t('home.zoneChanging', { zone, offset, changes });
  };

  return (
    <div className="planner-zones">
      <p className="planner-zones-text">
        {t('home.zones', {
          venue: zoneText(zones.venue, 'venue'),
          home: zoneText(zones.home, 'home'),
        })}
      </p>
      <label className="check">
        <input
          type="checkbox"
          checked={showHomeTimes}
          onChange={(event) => onShowHomeTimesChange(event.target.checked)}
        />
        {t('home.show')}
      </label>
    </div>
  );
}
