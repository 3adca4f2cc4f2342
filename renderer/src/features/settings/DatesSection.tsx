import { useTranslation } from 'react-i18next';

import { DayCountField } from './DayCountField';
import { DaysTable } from './DaysTable';
import { FirstDayField } from './FirstDayField';
import { SettingsSection } from './SettingsSection';

/** When the week happens and how long each day runs. */
export function DatesSection() {
  const { t } = useTranslation('settings');
  return (
    <SettingsSection id="dates" title={t('sections.dates')}>
      <div className="form-grid">
        <FirstDayField />
        <DayCountField />
      </div>
      <DaysTable />
    </SettingsSection>
  );
}
