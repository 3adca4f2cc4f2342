import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import {
  countdownFace,
  minutesAndSeconds,
  ONES_ROLL,
  secondsToNextChange,
  shownSeconds,
  TENS_ROLL,
} from '../../../../shared/schedule/countdown';
import { countdownTone } from '../../../../shared/schedule/delivery';
import { venueNow } from '../../../../shared/schedule/venue-clock';
import { SECOND } from './use-aligned-now';
import { useCountdownRolls } from './use-countdown-rolls';

/** Stands for the time while a sentence is split around it; no catalog uses it. */
const TIME_MARK = '\uE000';

/**
 * What is left of a stage or block, counted down each second. The seconds
 * move without the page: each column of digits is a roll the compositor steps
 * on (see use-countdown-rolls.ts), so a countdown renders only when its whole
 * minutes or its tone change. A screen reader reads the whole minutes left
 * (a timer is not announced by itself; read on demand, minutes are what count).
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
  // Moves on only when the whole minutes left or the tone change (and with the view's minute).
  const [now, setNow] = useState(() => Date.now());
  // The instant it ends. A zone's offset changing while a countdown runs (a
  // daylight-saving night) is caught up with at the next render.
  const endsAt = Math.round(now + (end - venueNow(new Date(now), timeZone).seconds) * SECOND);
  const remaining = (endsAt - now) / SECOND;
  const tone = countdownTone(remaining, total);
  const shown = shownSeconds(remaining);
  const face = countdownFace(Math.max(remaining, 1));
  const rolls = useRef<(HTMLSpanElement | null)[]>([]);
  useCountdownRolls(rolls, endsAt, face, shown > 0);

  useEffect(() => {
    const wait = secondsToNextChange((endsAt - Date.now()) / SECOND, total);
    if (wait === null) return;
    // A few milliseconds past the change, so the render sees it has come.
    const timer = setTimeout(() => setNow(Date.now()), wait * SECOND + 5);
    return () => clearTimeout(timer);
  }, [endsAt, now, total]);

  const [before = '', after = ''] = t('countdown.left', { time: TIME_MARK }).split(TIME_MARK);
  const roll = (index: number, digits: readonly number[]) => (
    <span className="countdown-wheel" style={{ inlineSize: `${String(digits[0]).length}ch` }}>
      <span
        className="countdown-roll"
        ref={(element) => {
          rolls.current[index] = element;
        }}
      >
        {digits.map((digit) => (
          <span key={digit}>{digit}</span>
        ))}
      </span>
    </span>
  );
  return (
    <div className="countdown" data-tone={tone}>
      <span className="countdown-label">{label}</span>
      <span className="countdown-time" role="timer" aria-label={label}>
        <span aria-hidden="true" data-testid="countdown-face">
          {before}
          {shown === 0 ? (
            minutesAndSeconds(0)
          ) : (
            <>
              {roll(0, face.minutes)}:{roll(1, TENS_ROLL)}
              {roll(2, ONES_ROLL)}
            </>
          )}
          {after}
        </span>
        <span className="visually-hidden">
          {shown >= 60
            ? t('countdown.minutesLeft', { count: Math.floor(shown / 60) })
            : t('countdown.underAMinute')}
        </span>
      </span>
      <span className="countdown-state">{t(`countdown.tone.${tone}`)}</span>
    </div>
  );
}
