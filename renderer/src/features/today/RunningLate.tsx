import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '../../components';
import { useEdit } from '../../program';

const DEFAULT_MINUTES = 15;
const MOST_MINUTES = 240;

/**
 * "We are running late": the rest of the day moves back in one step (one undo,
 * one update every co-tutor receives); or the next break gives the time back.
 */
export function RunningLate({ dayId, atMin }: { dayId: string; atMin: number }) {
  const { t } = useTranslation('today');
  const edit = useEdit();
  const id = useId();
  const [text, setText] = useState(String(DEFAULT_MINUTES));
  const [outcome, setOutcome] = useState('');
  const minutes = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  const valid = Number.isInteger(minutes) && minutes >= 1 && minutes <= MOST_MINUTES;

  const shift = () => {
    if (!valid) return;
    setOutcome(
      edit.runLate(dayId, atMin, minutes)
        ? t('late.shifted', { count: minutes })
        : t('late.nothingLeft'),
    );
  };
  const shorten = () => {
    if (!valid) return;
    setOutcome(
      edit.shortenNextBreak(dayId, atMin, minutes)
        ? t('late.shortened', { count: minutes })
        : t('late.noBreak'),
    );
  };

  return (
    <section className="today-panel running-late" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="today-panel-title">
        {t('late.title')}
      </h2>
      <div className="running-late-row">
        <label className="running-late-minutes" htmlFor={`${id}-minutes`}>
          {t('late.minutes')}
          <input
            id={`${id}-minutes`}
            className="input"
            inputMode="numeric"
            value={text}
            aria-invalid={!valid}
            aria-describedby={valid ? undefined : `${id}-error`}
            onChange={(event) => setText(event.target.value)}
          />
        </label>
        <Button variant="primary" onClick={shift} disabled={!valid}>
          {t('late.shift')}
        </Button>
        <Button onClick={shorten} disabled={!valid}>
          {t('late.shortenBreak')}
        </Button>
      </div>
      {valid ? null : (
        <p id={`${id}-error`} className="field-error">
          {t('late.invalid', { max: MOST_MINUTES })}
        </p>
      )}
      <p className="running-late-outcome" role="status">
        {outcome}
      </p>
    </section>
  );
}
