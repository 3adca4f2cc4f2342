import { useTranslation } from 'react-i18next';

import {
  type Audience,
  AUDIENCES,
  LIMITS,
  type Theme,
  THEMES,
} from '../../../../shared/model/schema';
import { CommitField, type ParseResult, SelectField, TextField } from '../../components';
import { useEdit, useMeta } from '../../program';
import { parseParticipants } from './field-rules';
import { SettingsSection } from './SettingsSection';
import { TextListField } from './TextListField';

/** Title, theme, audience, size and languages of the program. */
export function GeneralSection() {
  const { t } = useTranslation('settings');
  const meta = useMeta();
  const edit = useEdit();

  const parseCount = (text: string): ParseResult<number | null> => {
    const parsed = parseParticipants(text);
    return parsed.ok
      ? parsed
      : {
          ok: false,
          error: t(`general.participantsErrors.${parsed.error}`, { max: LIMITS.maxParticipants }),
        };
  };

  return (
    <SettingsSection id="general" title={t('sections.general')}>
      <div className="form-grid">
        <TextField
          className="settings-wide settings-title"
          label={t('general.title')}
          required
          maxLength={LIMITS.maxTitleLength}
          value={meta.title}
          onCommit={(title) => edit.setMetaField('title', title)}
        />
        <SelectField<Theme>
          label={t('general.theme')}
          value={meta.theme}
          options={THEMES.map((theme) => ({
            value: theme,
            label: t(`theme.${theme}`, { ns: 'common' }),
          }))}
          onChange={(theme) => edit.setMetaField('theme', theme)}
        />
        <SelectField<Audience>
          label={t('general.audience')}
          value={meta.audience}
          options={AUDIENCES.map((audience) => ({
            value: audience,
            label: t(`audience.${audience}`, { ns: 'common' }),
          }))}
          onChange={(audience) => edit.setMetaField('audience', audience)}
        />
        <CommitField<number | null>
          label={t('general.participants')}
          description={t('general.participantsHint')}
          inputMode="numeric"
          value={meta.expectedParticipants}
          format={(count) => (count === null ? '' : String(count))}
          parse={parseCount}
          onCommit={(count) => edit.setMetaField('expectedParticipants', count)}
        />
      </div>
      <TextListField
        entries={meta.languages}
        onChange={(languages) => edit.setMetaField('languages', languages)}
        labels={{
          legend: t('general.languages'),
          description: t('general.languagesHint'),
          entry: (number) => t('general.language', { number }),
          remove: (value) => t('general.removeLanguage', { value }),
          add: t('general.addLanguage'),
          newEntry: t('general.newLanguage'),
          empty: t('general.noLanguages'),
        }}
      />
    </SettingsSection>
  );
}
