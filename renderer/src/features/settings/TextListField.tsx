import { useId, useRef, useState } from 'react';

import { Button, TextField } from '../../components';
import { NewEntryInput } from './NewEntryInput';
import { withAddedEntry, withEntry, withoutEntry } from './text-list';

export type TextListLabels = {
  legend: string;
  description?: string;
  /** The accessible name of entry `number` (1-based). */
  entry: (number: number) => string;
  /** The name of the remove button of an entry: its text, or its number when blank. */
  remove: (entry: string) => string;
  add: string;
  newEntry: string;
  empty: string;
};

type Props = {
  labels: TextListLabels;
  entries: readonly string[];
  onChange: (entries: string[]) => void;
};

/**
 * A list of short texts edited line by line. The list lives in the program; only
 * the line being added is a local draft. Clearing a line removes it.
 */
export function TextListField({ labels, entries, onChange }: Props) {
  const descriptionId = useId();
  const [adding, setAdding] = useState(false);
  // Button takes no ref; its wrapper finds it to give focus back after Escape.
  const addRow = useRef<HTMLDivElement>(null);

  return (
    <fieldset
      className="text-list"
      aria-describedby={labels.description ? descriptionId : undefined}
    >
      <legend className="field-label">{labels.legend}</legend>
      {labels.description ? (
        <span id={descriptionId} className="field-description">
          {labels.description}
        </span>
      ) : null}
      {entries.length === 0 && !adding ? (
        <p className="muted text-list-empty">{labels.empty}</p>
      ) : null}
      <ul className="text-list-entries">
        {entries.map((entry, index) => {
          const removeLabel = labels.remove(entry.trim() === '' ? String(index + 1) : entry);
          return (
            // Entries may repeat and carry no id: their place is their identity.
            <li key={index} className="text-list-entry">
              <TextField
                hideLabel
                label={labels.entry(index + 1)}
                value={entry}
                onCommit={(value) => onChange(withEntry(entries, index, value))}
              />
              <Button
                small
                variant="ghost"
                aria-label={removeLabel}
                title={removeLabel}
                onClick={() => onChange(withoutEntry(entries, index))}
              >
                ✕
              </Button>
            </li>
          );
        })}
        {adding ? (
          <li className="text-list-entry">
            <NewEntryInput
              label={labels.newEntry}
              onAdd={(value) => onChange(withAddedEntry(entries, value))}
              onDone={(cancelled) => {
                setAdding(false);
                if (cancelled) addRow.current?.querySelector('button')?.focus();
              }}
            />
          </li>
        ) : null}
      </ul>
      <div ref={addRow}>
        <Button small onClick={() => setAdding(true)}>
          + {labels.add}
        </Button>
      </div>
    </fieldset>
  );
}
