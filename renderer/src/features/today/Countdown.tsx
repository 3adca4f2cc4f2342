import { useTranslation } from 'react-i18next';

import { countdownTone } from '../../../../shared/schedule/delivery';
import { venueNow } from '../../../../shared/schedule/venue-clock';
import { SECOND, useAlignedNow } from './use-aligned-now';

/** "12:05" for 725 seconds. */
function minutesAndSeconds(seconds: number): string {
  const whole = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/**
 * What is left of a stage or block, counted down each second. It is the only
 * part of the view that moves every second: the rest follows the minute.
 * The colour's meaning is written beside it, for who cannot tell the colours.
 */
export function Countdown({
  end,
  total,
  timeZone,
  label,
}: {
  /** Seconds after the venue's midnight. */
  end: number;
  total: number;
  timeZone: string;
  label: string;
}) {
  const { t } = useTranslation('today');
  const now = useAlignedNow(SECOND);
  const remaining = end - venueNow(new Date(now), timeZone).seconds;
  const tone = countdownTone(remaining, total);
  return (
    <div className="countdown" data-tone={tone}>
      <span className="countdown-label">{label}</span>
      <span className="countdown-time" role="timer" aria-label={label}>
        {t('countdown.left', { time: minutesAndSeconds(remaining) })}
      </span>
      <span className="countdown-state">{t(`countdown.tone.${tone}`)}</span>
    </div>
  );
}
