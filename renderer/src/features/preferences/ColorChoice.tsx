import { type CSSProperties, useId } from 'react';
import { useTranslation } from 'react-i18next';

import { paletteColorOf, USER_COLORS } from './palette';

type Props = { value: string; name: string; onChange: (value: string) => void };

/** The user's colour: one of the palette's swatches, with its code and a preview of the name label. */
export function ColorChoice({ value, name, onChange }: Props) {
  const { t } = useTranslation('settings');
  const group = useId();
  const current = paletteColorOf(value);
  const swatch = (color: string) => ({ '--swatch': color }) as CSSProperties;

  return (
    <fieldset className="choice-group" aria-describedby={`${group}-description`}>
      <legend className="field-label">{t('preferences.color')}</legend>
      <div className="color-row">
        <div className="swatches">
          {USER_COLORS.map((color) => (
            <label
              key={color.id}
              className="swatch"
              title={t(`preferences.colors.${color.id}`)}
              style={swatch(color.value)}
            >
              <input
                type="radio"
                name={group}
                value={color.value}
                checked={current?.id === color.id}
                onChange={() => onChange(color.value)}
              />
              <span className="visually-hidden">{t(`preferences.colors.${color.id}`)}</span>
            </label>
          ))}
        </div>
        <span className="color-value">
          {current === null ? t('preferences.customColor') : t(`preferences.colors.${current.id}`)}{' '}
          <code>{value}</code>
        </span>
      </div>
      <span id={`${group}-description`} className="field-description">
        {t('preferences.colorHint')}
      </span>
      <span className="presence-preview" aria-hidden="true" style={swatch(value)}>
        {name.trim() === '' ? t('preferences.previewName') : name}
      </span>
    </fieldset>
  );
}
