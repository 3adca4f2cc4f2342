import { useTranslation } from 'react-i18next';

import { formatClock } from '../../../../shared/schedule/time';
import { homeDayShift } from '../../../../shared/schedule/zones';

/** "05:00–06:30", with "−1 day" when the home clock is still on the day before. */
export function useHomeText(): (start: number, end?: number) => string {
  const { t } = useTranslation('planner');
  const { t: tc } = useTranslation('common');
  return (start, end) => {
    const time =
      end === undefined
        ? formatClock(start)
        : t('time.range', { start: formatClock(start), end: formatClock(end) });
    const shift = homeDayShift(start);
    if (shift < 0) return `${time} ${t('home.previousDay', { count: -shift })}`;
    if (shift > 0) return `${time} ${tc('time.nextDay', { count: shift })}`;
    return time;
  };
}

type Props = { start: number; end?: number; className?: string };

/**
 * A venue time on the home clock, muted beside the venue's own. Read as "05:00 at
 * home": the bare second time would not say whose clock it is.
 */
export function HomeTime({ start, end, className }: Props) {
  const { t } = useTranslation('planner');
  const time = useHomeText()(start, end);
  const spoken = t('home.at', { time });
  return (
    <span
      className={className === undefined ? 'home-time' : `home-time ${className}`}
      title={spoken}
    >
      <span aria-hidden="true">{time}</span>
      <span className="visually-hidden">{spoken}</span>
    </span>
  );
}
