import { useTranslation } from 'react-i18next';

import { formatClock } from '../../../../shared/schedule/time';
import { useFormatMinutes } from '../../i18n/format';
import { DayTimes } from './DayTimes';
import { HomeTime } from './HomeTime';
import { FlagIcon, WarningIcon } from './icons';
import type { DayView } from './week-view';

type DayHeaderProps = {
  day: DayView;
  date: string;
  headingId: string;
  onTimesChange: (dayId: string, times: { startMin: number; plannedEndMin: number }) => void;
  flags: readonly string[];
  balanceHref: string;
};

export function DayHeader({
  day,
  date,
  headingId,
  onTimesChange,
  flags,
  balanceHref,
}: DayHeaderProps) {
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
        {flags.length > 0 ? <DayFlagsMark flags={flags} href={balanceHref} /> : null}
      </div>
    </header>
  );
}

/** A small mark for the day's gentle flags; its name is their explanations, and it opens the Balance. */
function DayFlagsMark({ flags, href }: { flags: readonly string[]; href: string }) {
  const { t } = useTranslation('balance');
  const name = t('flags.dayMark', { count: flags.length, list: flags.join(' ') });
  return (
    <a className="badge day-flags-mark" href={href} aria-label={name} title={name}>
      <FlagIcon className="icon icon-small" />
      <span aria-hidden="true">{flags.length}</span>
    </a>
  );
}
