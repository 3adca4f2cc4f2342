import type { ReactNode } from 'react';

export type FieldFrameProps = {
  /** The id of the control the label names. */
  id: string;
  label: ReactNode;
  hideLabel?: boolean;
  description?: ReactNode;
  error?: string | null;
  className?: string;
  children: ReactNode;
};

/** The ids a control must point to with aria-describedby, for its description and error. */
export function describedBy(
  id: string,
  description: ReactNode,
  error: string | null | undefined,
): string | undefined {
  const ids = [description ? `${id}-description` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return ids === '' ? undefined : ids;
}

/** A form control with its label, an optional description and its refusal message. */
export function FieldFrame({
  id,
  label,
  hideLabel,
  description,
  error,
  className,
  children,
}: FieldFrameProps) {
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {children}
      {description ? (
        <span id={`${id}-description`} className="field-description">
          {description}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
