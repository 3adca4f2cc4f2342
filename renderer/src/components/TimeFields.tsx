import { useTranslation } from 'react-i18next';

import { formatClock, parseClock, parseDuration } from '../../../shared/schedule';
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

/** A duration in minutes ("90" or "1:30"); refuses negative, fractional, non-numeric or over-24-hour values. */
export function DurationField(props: Props<number>) {
  const { t } = useTranslation();
  const parse = (text: string): ParseResult<number> => {
    const parsed = parseDuration(text);
    return parsed.ok ? parsed : { ok: false, error: t(`validation.duration.${parsed.error}`) };
  };
  return <CommitField {...props} inputMode="numeric" format={String} parse={parse} />;
}
