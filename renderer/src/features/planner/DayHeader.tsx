import { useTranslation } from 'react-i18next';

import { formatClock } from '../../../../shared/schedule/time';
import { useFormatMinutes } from '../../i18n/format';
import { DayTimes } from './DayTimes';
import { HomeTime } from './HomeTime';
import { WarningIcon } from './icons';
import type { DayView } from './week-view';

type DayHeaderProps = {
  day: DayView;
  date: string;
  headingId: string;
  onTimesChange: (dayId: string, times: { startMin: number; plannedEndMin: number }) => void;
};

export function DayHeader({ day, date, headingId, onTimesChange }: DayHeaderProps) {
  const { t } = useTranslation('planner');
  const formatMinutes = useFormatMinutes();
  const overrun = day.schedule.overrun;
  return (
    <header className="day-header">
      <div className="day-header-row">
        <h2 id={headingId} className="day-heading">
          {t('day.heading', { number: day.number })}
        </h2>
        <DayTimes
          dayNumber={day.number}
          startMin={day.startMin}
          plannedEndMin={day.plannedEndMin}
          onChange={(times) => onTimesChange(day.id, times)}
        />
      </div>
      <div className="day-header-row">
        <span className="day-date">{date}</span>
        {day.home !== null ? (
          <HomeTime start={day.home.start} end={day.home.plannedEnd} className="day-home-time" />
        ) : null}
        {overrun > 0 ? (
          <span
            className="badge badge-warning day-overrun-flag"
            title={t('day.overrun', {
              duration: formatMinutes(overrun),
              end: formatClock(day.plannedEndMin),
            })}
          >
            <WarningIcon className="icon icon-small" />
            <span>{t('day.overrunShort', { duration: formatMinutes(overrun) })}</span>
          </span>
        ) : null}
      </div>
    </header>
  );
}
