import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { LIMITS } from '../../../../shared/model/schema';
import { Button, Dialog, useToast } from '../../components';
import { useDays, useEdit, useProgramSession } from '../../program';
import { parseDayCount } from './field-rules';
import { type DayRemoval, dayRemovalImpact } from './week-impact';

type Pending = { count: number; impact: DayRemoval };

/**
 * The number of days. Shortening the week moves the blocks of the removed days to
 * the last remaining day (setDayCount); when that would move anything, the user
 * is told what and asked first.
 */
export function DayCountField() {
  const { t, i18n } = useTranslation('settings');
  const days = useDays();
  const edit = useEdit();
  const session = useProgramSession();
  const toast = useToast();
  const id = useId();
  const current = days.length;
  // What is typed, while it is typed; otherwise the field shows the document's
  // count, so undo and other co-tutors' changes appear.
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);

  /** Applies the typed count, or asks first; says whether the draft is settled. */
  const commit = (text: string): boolean => {
    const parsed = parseDayCount(text);
    if (!parsed.ok) {
      setError(t(`dates.dayCountErrors.${parsed.error}`, { max: LIMITS.maxDays }));
      return false;
    }
    setError(null);
    if (parsed.value === current) return true;
    const impact = dayRemovalImpact(days, parsed.value);
    if (impact !== null) {
      setPending({ count: parsed.value, impact });
      return false;
    }
    edit.setDayCount(parsed.value);
    return true;
  };

  const cancel = () => {
    setPending(null);
    setDraft(null);
  };

  const confirm = (change: Pending) => {
    setPending(null);
    setDraft(null);
    edit.setDayCount(change.count);
    toast({
      message: t('dates.daysRemoved', { count: current - change.count, last: change.count }),
      action: { label: t('actions.undo', { ns: 'common' }), run: () => session.undo() },
    });
  };

  const dayList = (numbers: number[]) =>
    new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
      numbers.map((number) => t('dates.dayInSentence', { number })),
    );

  return (
    <div className="field">
      <label htmlFor={id}>{t('dates.dayCount')}</label>
      <input
        id={id}
        className="input"
        type="number"
        min={1}
        max={LIMITS.maxDays}
        step={1}
        inputMode="numeric"
        value={draft ?? String(current)}
        aria-invalid={error !== null}
        aria-describedby={`${id}-description${error !== null ? ` ${id}-error` : ''}`}
        onChange={(event) => setDraft(event.target.value)}
        onFocus={() => setDraft(String(current))}
        onBlur={(event) => {
          if (commit(event.target.value)) setDraft(null);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit(event.currentTarget.value);
          } else if (event.key === 'Escape' && draft !== null && draft !== String(current)) {
            event.preventDefault();
            setDraft(String(current));
            setError(null);
          }
        }}
      />
      <span id={`${id}-description`} className="field-description">
        {t('dates.dayCountHint', { max: LIMITS.maxDays })}
      </span>
      {error !== null ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
      <Dialog
        open={pending !== null}
        title={t('dates.confirmTitle')}
        onClose={cancel}
        footer={
          <>
            <Button onClick={cancel}>{t('actions.cancel', { ns: 'common' })}</Button>
            <Button variant="danger-solid" onClick={() => pending && confirm(pending)}>
              {t('dates.confirmSubmit', { count: current - (pending?.count ?? current) })}
            </Button>
          </>
        }
      >
        {pending !== null ? (
          <>
            <p>
              {t('dates.confirmText', {
                count: pending.impact.blocks,
                days: dayList(pending.impact.dayNumbers),
                last: pending.count,
              })}
            </p>
            <p className="muted">{t('dates.confirmUndo')}</p>
          </>
        ) : null}
      </Dialog>
    </div>
  );
}
