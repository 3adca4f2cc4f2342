import { useId, useRef, useState } from 'react';

type Props = {
  label: string;
  onAdd: (value: string) => void;
  /** The input is done: left, or cancelled with Escape (`cancelled`). */
  onDone: (cancelled: boolean) => void;
};

/**
 * The line being added to a list. It stays a draft until Enter (which adds it and
 * leaves an empty line for the next one) or until it is left (which adds it and
 * closes); Escape drops it. Blank lines are never added.
 */
export function NewEntryInput({ label, onAdd, onDone }: Props) {
  const id = useId();
  const [draft, setDraft] = useState('');
  // Escape closes the line before its blur arrives; the blur must then not add it.
  const finished = useRef(false);

  const add = () => {
    if (draft.trim() !== '') onAdd(draft);
    setDraft('');
  };

  return (
    <div className="field list-entry-field">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        className="input"
        value={draft}
        placeholder={label}
        autoFocus
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            if (draft.trim() === '') {
              finished.current = true;
              onDone(true);
            } else add();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            finished.current = true;
            onDone(true);
          }
        }}
        onBlur={() => {
          if (finished.current) return;
          finished.current = true;
          add();
          onDone(false);
        }}
      />
    </div>
  );
}
