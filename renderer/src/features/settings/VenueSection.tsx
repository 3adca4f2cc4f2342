import { useTranslation } from 'react-i18next';

import { TextField } from '../../components';
import { useEdit, useMeta } from '../../program';
import { SettingsSection } from './SettingsSection';
import { TextListField } from './TextListField';
import { TimeZoneField } from './TimeZoneField';

/** Who hosts the week, who takes part, and where it happens. */
export function VenueSection() {
  const { t } = useTranslation('settings');
  const meta = useMeta();
  const edit = useEdit();

  return (
    <SettingsSection id="venue" title={t('sections.venue')}>
      <div className="form-grid">
        <TextField
          label={t('venue.hostInstitution')}
          value={meta.hostInstitution}
          onCommit={(value) => edit.setMetaField('hostInstitution', value)}
        />
        <TextField
          label={t('venue.city')}
          value={meta.venueCity}
          onCommit={(value) => edit.setMetaField('venueCity', value)}
        />
        <TimeZoneField
          value={meta.timeZone}
          onChange={(zone) => edit.setMetaField('timeZone', zone)}
        />
      </div>
      <TextListField
        entries={meta.partnerInstitutions}
        onChange={(partners) => edit.setMetaField('partnerInstitutions', partners)}
        labels={{
          legend: t('venue.partners'),
          description: t('venue.partnersHint'),
          entry: (number) => t('venue.partner', { number }),
          remove: (value) => t('venue.removePartner', { value }),
          add: t('venue.addPartner'),
          newEntry: t('venue.newPartner'),
          empty: t('venue.noPartners'),
        }}
      />
    </SettingsSection>
  );
}
