import './preferences.css';

import { useTranslation } from 'react-i18next';

import type { Settings } from '../../../../shared/host-api/contract';
import { ENDONYMS, LANGUAGE_SETTINGS } from '../../../../shared/i18n/languages';
import {
  Button,
  ChoiceGroup,
  CommitField,
  Dialog,
  type ParseResult,
  SelectField,
} from '../../components';
import { useSystemLanguage } from '../../i18n/system-language';
import { ColorChoice } from './ColorChoice';
import { HomeZoneField } from './HomeZoneField';
import { usePreferences } from './preferences-context';

/** The host refuses longer names (shared/host-api/schemas.ts). */
const MAX_NAME_LENGTH = 100;

const APPEARANCES = [
  'system',
  'light',
  'dark',
] as const satisfies readonly Settings['appearance'][];
const PAPER_SIZES = ['a4', 'letter'] as const satisfies readonly Settings['paperSize'][];

/** The user's own settings, which belong to this computer and not to any program. */
export function PreferencesDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('settings');
  const { settings, loadError, saveError, update, reload } = usePreferences();
  const systemLanguage = useSystemLanguage();

  const parseName = (text: string): ParseResult<string> =>
    text.trim().length > MAX_NAME_LENGTH
      ? { ok: false, error: t('preferences.nameTooLong', { max: MAX_NAME_LENGTH }) }
      : { ok: true, value: text.trim() };

  return (
    <Dialog
      open={open}
      title={t('preferences.title')}
      onClose={onClose}
      footer={
        <Button variant="primary" onClick={onClose}>
          {t('actions.close', { ns: 'common' })}
        </Button>
      }
    >
      {settings === null ? (
        loadError === null ? (
          <p role="status">{t('preferences.loading')}</p>
        ) : (
          <div className="preferences-problem" role="alert">
            <p>{t('preferences.loadFailed', { message: loadError })}</p>
            <Button small onClick={reload}>
              {t('actions.retry', { ns: 'common' })}
            </Button>
          </div>
        )
      ) : (
        <div className="preferences">
          <SelectField
            label={t('preferences.language')}
            value={settings.language}
            // Each language by its own name: a reader finds theirs whatever the interface shows.
            options={LANGUAGE_SETTINGS.map((value) => ({
              value,
              label:
                value === 'system'
                  ? t('preferences.languageSystem', {
                      language: systemLanguage === null ? '…' : ENDONYMS[systemLanguage],
                    })
                  : ENDONYMS[value],
            }))}
            onChange={(language) => void update({ language })}
          />
          <HomeZoneField
            value={settings.homeTimeZone}
            onChange={(homeTimeZone) => void update({ homeTimeZone })}
          />
          <CommitField
            label={t('preferences.name')}
            description={t('preferences.nameHint')}
            placeholder={t('preferences.namePlaceholder')}
            value={settings.userName}
            format={(name) => name}
            parse={parseName}
            onCommit={(userName) => void update({ userName })}
          />
          <ColorChoice
            value={settings.userColor}
            name={settings.userName}
            onChange={(userColor) => void update({ userColor })}
          />
          <ChoiceGroup
            legend={t('preferences.appearance')}
            description={t('preferences.appearanceHint')}
            value={settings.appearance}
            options={APPEARANCES.map((value) => ({
              value,
              label: t(`preferences.appearances.${value}`),
            }))}
            onChange={(appearance) => void update({ appearance })}
          />
          <ChoiceGroup
            legend={t('preferences.paperSize')}
            description={t('preferences.paperSizeHint')}
            value={settings.paperSize}
            options={PAPER_SIZES.map((value) => ({
              value,
              label: t(`preferences.paperSizes.${value}`),
            }))}
            onChange={(paperSize) => void update({ paperSize })}
          />
          {saveError !== null ? (
            <p className="field-error" role="alert">
              {t('preferences.saveFailed', { message: saveError })}
            </p>
          ) : null}
        </div>
      )}
    </Dialog>
  );
}
