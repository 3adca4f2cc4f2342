import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import { timeZoneChoices, zoneLabelNow as labelOf } from './time-zones';

type Props = { value: string; onChange: (zone: string) => void };

/**
 * The venue's IANA time zone, with Kazakhstan's and the Netherlands' zones first.
 * Offsets are those in force when the page was opened (shortOffset).
 */
export function TimeZoneField({ value, onChange }: Props) {
  const { t } = useTranslation('settings');
  const id = useId();

  // Some 400 options: built once per chosen zone, not on every edit of the program.
  const groups = useMemo(() => {
    const { likely, others } = timeZoneChoices(Intl.supportedValuesOf('timeZone'), value);
    const option = (zone: string) => (
      <option key={zone} value={zone}>
        {labelOf(zone)}
      </option>
    );
    return (
      <>
        <optgroup label={t('venue.likelyZones')}>{likely.map(option)}</optgroup>
        <optgroup label={t('venue.allZones')}>{others.map(option)}</optgroup>
      </>
    );
  }, [value, t]);

  return (
    <div className="field">
      <label htmlFor={id}>{t('venue.timeZone')}</label>
      <select
        id={id}
        className="select"
        value={value}
        aria-describedby={`${id}-description`}
        onChange={(event) => onChange(event.target.value)}
      >
        {groups}
      </select>
      <span id={`${id}-description`} className="field-description">
        {t('venue.timeZoneHint')}
      </span>
    </div>
  );
}
