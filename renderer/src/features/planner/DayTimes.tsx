import {
  type FocusEvent,
  type KeyboardEvent,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

import { formatClock } from '../../../../shared/schedule/time';
import { Button, ClockField } from '../../components';
import { useAnchoredPosition } from '../../components/menu/use-anchored-position';
import { ClockIcon } from './icons';

type DayTimesProps = {
  dayNumber: number;
  startMin: number;
  plannedEndMin: number;
  onChange: (times: { startMin: number; plannedEndMin: number }) => void;
};

/**
 * The day's start and planned end as a button in the column header, opening a
 * small non-modal dialog to change them. Leaving the dialog (Escape, Tab away, a
 * click elsewhere) closes it; each field saves itself when it is left.
 */
export function DayTimes({ dayNumber, startMin, plannedEndMin, onChange }: DayTimesProps) {
  const { t } = useTranslation('planner');
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const style = useAnchoredPosition(buttonRef, panelRef, open, 'end');
  const range = t('time.range', { start: formatClock(startMin), end: formatClock(plannedEndMin) });

  useLayoutEffect(() => {
    if (open) panelRef.current?.querySelector('input')?.focus();
  }, [open]);

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) buttonRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    event.stopPropagation();
    if (event.key !== 'Escape') return;
    event.preventDefault();
    close(true);
  };

  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    const next = event.relatedTarget;
    if (
      next instanceof Node &&
      (panelRef.current?.contains(next) || buttonRef.current?.contains(next))
    )
      return;
    close(false);
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="day-times-button"
        aria-label={t('day.timesButton', { range })}
        aria-expanded={open}
        aria-haspopup="dialog"
        onClick={() => setOpen((current) => !current)}
      >
        <ClockIcon className="icon icon-small" />
        <span>{range}</span>
      </button>
      {open
        ? createPortal(
            <div
              ref={panelRef}
              role="dialog"
              aria-labelledby={titleId}
              // Focusable, so that a click on its text keeps focus inside and does not close it.
              tabIndex={-1}
              className="day-times-panel"
              style={style}
              onKeyDown={onKeyDown}
              onPointerDown={(event) => event.stopPropagation()}
              onBlur={onBlur}
            >
              <h3 id={titleId}>{t('day.timesTitle', { number: dayNumber })}</h3>
              <div className="day-times-fields">
                <ClockField
                  label={t('day.start')}
                  value={startMin}
                  onCommit={(value) => onChange({ startMin: value, plannedEndMin })}
                />
                <ClockField
                  label={t('day.plannedEnd')}
                  value={plannedEndMin}
                  onCommit={(value) => onChange({ startMin, plannedEndMin: value })}
                />
              </div>
              <p className="day-times-hint">{t('day.timesHint')}</p>
              <div className="day-times-actions">
                <Button small variant="primary" onClick={() => close(true)}>
                  {t('day.done')}
                </Button>
              </div>
            </div>,
            document.body,
          )
        : null}
    </>
  );
}
