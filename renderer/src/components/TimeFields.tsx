import { useTranslation } from 'react-i18next';

import { parseDuration } from '../../../shared/schedule/duration';
import { formatClock, parseClock } from '../../../shared/schedule/time';
import { durationUnits, useFormatMinutes } from '../i18n/format';
import { CommitField, type CommitFieldProps, type ParseResult } from './CommitField';

type Props<T> = Omit<CommitFieldProps<T>, 'format' | 'parse'>;

/** A time of day ("09:30"); refuses impossible times with a message. */
export function ClockField(props: Props<number>) {
  const { t } = useTranslation();
  const parse = (text: string): ParseResult<number> => {
    const parsed = parseClock(text);
    return parsed.ok ? parsed : { ok: false, error: t(`validation.clock.${parsed.error}`) };
  };
  return <CommitField {...props} inputMode="numeric" format={formatClock} parse={parse} />;
}

/** An optional time of day: empty means "not fixed". */
export function OptionalClockField(props: Props<number | null>) {
  const { t } = useTranslation();
  const parse = (text: string): ParseResult<number | null> => {
    if (text.trim() === '') return { ok: true, value: null };
    const parsed = parseClock(text);
    return parsed.ok ? parsed : { ok: false, error: t(`validation.clock.${parsed.error}`) };
  };
  return (
    <CommitField
      {...props}
      inputMode="numeric"
      format={(value) => (value === null ? '' : formatClock(value))}
      parse={parse}
    />
  );
}

/**
 * A duration, shown as the planner shows it ("1 h 30 min") and typed as minutes
 * or hours ("90", "1:30", "1 h 30", "1.5 h"); refuses nonsense, negative,
 * fractional-minute or over-24-hour values with a message and keeps the old value.
 */
export function DurationField(props: Props<number>) {
  const { t } = useTranslation();
  const formatMinutes = useFormatMinutes();
  const parse = (text: string): ParseResult<number> => {
    const parsed = parseDuration(text, durationUnits(t));
    return parsed.ok ? parsed : { ok: false, error: t(`validation.duration.${parsed.error}`) };
  };
  return <CommitField {...props} format={formatMinutes} parse={parse} equals={(a, b) => a === b} />;
}
