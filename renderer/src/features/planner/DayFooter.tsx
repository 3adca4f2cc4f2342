import { useTranslation } from 'react-i18next';

import { clockDayOffset, formatClock } from '../../../../shared/schedule/time';
import { useFormatMinutes } from '../../i18n/format';
import { WarningIcon } from './icons';
import type { DayView } from './week-view';

/** The day's minutes of sessions and of breaks, its end, and whether it runs late. */
export function DayFooter({ day }: { day: DayView }) {
  const { t } = useTranslation('planner');
  const formatMinutes = useFormatMinutes();
  const { t: tc } = useTranslation('common');
  const { overrun, end } = day.schedule;
  const nextDay = clockDayOffset(end);
  return (
    <footer className="day-footer">
      <dl className="day-totals">
        <div>
          <dt>{t('day.sessions')}</dt>
          <dd>{formatMinutes(day.totals.sessionMin)}</dd>
        </div>
        <div>
          <dt>{t('day.breaks')}</dt>
          <dd>{formatMinutes(day.totals.breakMin)}</dd>
        </div>
        <div className={overrun > 0 ? 'is-late' : undefined}>
          <dt>{t('day.ends')}</dt>
          <dd>
            {formatClock(end)}
            {nextDay > 0 ? (
              <span className="day-next-day">{tc('time.nextDay', { count: nextDay })}</span>
            ) : null}
          </dd>
        </div>
      </dl>
      {overrun > 0 ? (
        <p className="day-overrun">
          <WarningIcon className="icon icon-small" />
          {t('day.overrun', {
            duration: formatMinutes(overrun),
            end: formatClock(day.plannedEndMin),
          })}
        </p>
      ) : null}
    </footer>
  );
}
