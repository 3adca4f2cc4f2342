import { type KeyboardEvent, type ReactNode, useId, useState } from 'react';

import { describedBy, FieldFrame } from './FieldFrame';

export type ParseResult<T> = { ok: true; value: T } | { ok: false; error: string };

export type CommitFieldProps<T> = {
  label: ReactNode;
  value: T;
  format: (value: T) => string;
  parse: (text: string) => ParseResult<T>;
  onCommit: (value: T) => void;
  description?: ReactNode;
  multiline?: boolean;
  /** Hide the label visually (still read by screen readers), for table cells. */
  hideLabel?: boolean;
  inputMode?: 'text' | 'numeric' | 'decimal';
  type?: 'text' | 'date' | 'search' | 'email';
  placeholder?: string;
  className?: string;
  autoFocus?: boolean;
  disabled?: boolean;
  equals?: (a: T, b: T) => boolean;
};

/**
 * An input that edits a value of the program. What is typed stays a draft until
 * the field is left or Enter is pressed; then it is checked and written, or the
 * reason it cannot be is shown and nothing changes. Escape puts the value back.
 * Changes made elsewhere (undo, another co-tutor) show up when not editing.
 */
export function CommitField<T>(props: CommitFieldProps<T>) {
  const {
    label,
    value,
    format,
    parse,
    onCommit,
    description,
    multiline = false,
    hideLabel = false,
  } = props;
  const id = useId();
  // What the user typed and has not committed; null shows the program's value,
  // so changes from elsewhere (undo, another co-tutor) appear unless one is typing.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const formatted = format(value);
  const shown = draft ?? formatted;

  const commit = () => {
    if (draft === null) return;
    const parsed = parse(draft);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(null);
    setDraft(null);
    const same = props.equals
      ? props.equals(parsed.value, value)
      : format(parsed.value) === formatted;
    if (!same) onCommit(parsed.value);
  };

  const revert = () => {
    setDraft(null);
    setError(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (!multiline || event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      commit();
    } else if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      event.stopPropagation();
      revert();
    }
  };

  const common = {
    id,
    value: shown,
    className: multiline ? 'textarea' : 'input',
    'aria-invalid': error !== null,
    'aria-describedby': describedBy(id, description, error),
    placeholder: props.placeholder,
    autoFocus: props.autoFocus,
    disabled: props.disabled,
    onBlur: commit,
    onKeyDown,
  };

  return (
    <FieldFrame
      id={id}
      label={label}
      hideLabel={hideLabel}
      description={description}
      error={error}
      className={props.className}
    >
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => setDraft(event.target.value)} />
      ) : (
        <input
          {...common}
          type={props.type ?? 'text'}
          inputMode={props.inputMode}
          onChange={(event) => setDraft(event.target.value)}
        />
      )}
    </FieldFrame>
  );
}
