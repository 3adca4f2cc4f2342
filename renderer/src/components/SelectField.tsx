import { type ReactNode, useId } from 'react';

export type SelectFieldProps<T extends string> = {
  label: ReactNode;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
  hideLabel?: boolean;
  className?: string;
  /** A line under the field saying what the choice does, read with it by screen readers. */
  description?: string;
};

export function SelectField<T extends string>({
  label,
  value,
  options,
  onChange,
  hideLabel,
  className,
  description,
}: SelectFieldProps<T>) {
  const id = useId();
  const descriptionId = `${id}-description`;
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select
        id={id}
        className="select"
        value={value}
        aria-describedby={description ? descriptionId : undefined}
        onChange={(event) => onChange(event.target.value as T)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {description ? (
        <span id={descriptionId} className="field-description">
          {description}
        </span>
      ) : null}
    </div>
  );
}
