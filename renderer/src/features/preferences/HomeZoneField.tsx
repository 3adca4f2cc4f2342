import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { zoneLabelNow as labelOf } from '../settings/time-zones';
import { systemTimeZone } from './use-time-zones';

type Props = { value: string; onChange: (zone: string) => void };

/**
 * The user's home time zone: this computer's, or any zone the runtime knows. Some
 * 400 zones are too many to scroll through, so a search box narrows the list by
 * name or offset ("amst", "new york", "UTC+5"); the chosen zone always stays in it.
 */
export function HomeZoneField({ value, onChange }: Props) {
  const { t } = useTranslation('settings');
  const id = useId();
  const [search, setSearch] = useState('');
  const all = useMemo(
    () =>
      [...Intl.supportedValuesOf('timeZone')]
        .sort((a, b) => a.localeCompare(b, 'en'))
        .map((zone) => ({ zone, label: labelOf(zone) })),
    [],
  );
  const shown = useMemo(() => {
    const words = normalized(search).split(' ').filter(Boolean);
    return all.filter(
      ({ zone, label }) =>
        zone === value || words.every((word) => normalized(label).includes(word)),
    );
  }, [all, search, value]);
  // A stored zone this runtime does not list (an alias such as "UTC") is still offered.
  const unlisted = value !== 'system' && !all.some(({ zone }) => zone === value);

  return (
    <div className="field home-zone-field">
      <label htmlFor={id}>{t('preferences.homeTimeZone')}</label>
      <input
        type="search"
        className="input"
        aria-label={t('preferences.homeTimeZoneSearch')}
        placeholder={t('preferences.homeTimeZoneSearch')}
        aria-controls={id}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      <select
        id={id}
        className="select"
        value={value}
        aria-describedby={`${id}-description`}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="system">
          {t('preferences.homeTimeZoneSystem', { zone: labelOf(systemTimeZone()) })}
        </option>
        {unlisted ? <option value={value}>{labelOf(value)}</option> : null}
        {shown.map(({ zone, label }) => (
          <option key={zone} value={zone}>
            {label}
          </option>
        ))}
      </select>
      <span id={`${id}-description`} className="field-description">
        {t('preferences.homeTimeZoneHint')}
      </span>
    </div>
  );
}

/** Lower case, with the zone names' underscores and slashes read as spaces. */
function normalized(text: string): string {
  return text.toLowerCase().replace(/[_/]/g, ' ');
}
