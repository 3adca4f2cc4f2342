import { type InputHTMLAttributes, useId } from 'react';

import { describedBy, FieldFrame } from './FieldFrame';

export type InputFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> & {
  label: string;
  error?: string | null;
  description?: string;
};

/** A plain controlled input with its label, for dialogs whose values are kept until submitted. */
export function InputField({ label, error = null, description, ...input }: InputFieldProps) {
  const id = useId();
  return (
    <FieldFrame id={id} label={label} description={description} error={error}>
      <input
        {...input}
        id={id}
        className="input"
        aria-invalid={error !== null}
        aria-describedby={describedBy(id, description, error)}
      />
    </FieldFrame>
  );
}
