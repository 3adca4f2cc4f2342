import './choice-group.css';

import { useId } from 'react';

export type ChoiceGroupProps<T extends string> = {
  legend: string;
  value: T | null;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  description?: string;
  /** Options one under another, for labels too long to sit side by side. */
  stacked?: boolean;
};

/** A small set of exclusive choices as radio buttons, drawn as a segmented control. */
export function ChoiceGroup<T extends string>({
  legend,
  value,
  options,
  onChange,
  description,
  stacked = false,
}: ChoiceGroupProps<T>) {
  const name = useId();
  const descriptionId = `${name}-description`;
  return (
    <fieldset className="choice-group" aria-describedby={description ? descriptionId : undefined}>
      <legend className="field-label">{legend}</legend>
      <div className={stacked ? 'segmented segmented--stacked' : 'segmented'}>
        {options.map((option) => (
          <label key={option.value} className="segment">
            <input
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {description ? (
        <span id={descriptionId} className="field-description">
          {description}
        </span>
      ) : null}
    </fieldset>
  );
}
