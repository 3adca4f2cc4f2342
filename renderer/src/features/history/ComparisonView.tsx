import './comparison.css';

import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

import type {
  DayChange,
  FieldChange,
  ProgramComparison,
  SessionChange,
  Slot,
  Status,
  WordRun,
} from '../../../../shared/history/compare';
import { formatClock } from '../../../../shared/schedule/time';
import { formatDate, useFormatLocale, useFormatMinutes } from '../../i18n/format';

type Comparison = TFunction<'comparison'>;
type Common = TFunction<'common'>;

/**
 * Shows a comparison of two program states as a trainer reads it before a
 * meeting: the settings, then per day, then per session what was added, removed,
 * moved or retimed and which words changed. Inserted words are underlined and
 * removed ones struck through — never colour alone — and each change is named
 * for screen readers.
 */
export function ComparisonView({ comparison }: { comparison: ProgramComparison }) {
  const { t } = useTranslation('comparison');
  const locale = useFormatLocale();
  const { settings, coTutors, days } = comparison;
  if (settings.length === 0 && coTutors.length === 0 && days.length === 0) {
    return <p className="comparison-none">{t('none')}</p>;
  }
  return (
    <div className="comparison" aria-label={t('label')} role="region">
      {settings.length > 0 ? (
        <section className="comparison-part">
          <h2>{t('settings')}</h2>
          <FieldChanges changes={settings} />
        </section>
      ) : null}
      {coTutors.length > 0 ? (
        <section className="comparison-part">
          <h2>{t('coTutors')}</h2>
          <ul className="comparison-records">
            {coTutors.map((tutor) => (
              <li key={tutor.coTutorId}>
                <h3 className="comparison-record-title">
                  {tutor.name || t('untitled')} <StatusBadge status={tutor.status} />
                </h3>
                <FieldChanges changes={tutor.fields} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {days.map((day) => (
        <DaySection key={day.dayId} day={day} date={formatDate(day.date, locale)} />
      ))}
    </div>
  );
}

function DaySection({ day, date }: { day: DayChange; date: string }) {
  const { t } = useTranslation('comparison');
  return (
    <section className="comparison-part" aria-label={t('day', { number: day.number, date })}>
      <h2>
        {t('day', { number: day.number, date })}
        {day.status === 'changed' ? null : <StatusBadge status={day.status} />}
      </h2>
      {day.times.length > 0 ? (
        <div className="comparison-day-times">
          <h3 className="comparison-record-title">{t('dayTimes')}</h3>
          <FieldChanges changes={day.times} />
        </div>
      ) : null}
      <ul className="comparison-records">
        {day.sessions.map((session) => (
          <li key={session.blockId}>
            <SessionEntry session={session} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function SessionEntry({ session }: { session: SessionChange }) {
  const { t } = useTranslation('comparison');
  const { t: tc } = useTranslation('common');
  const formatMinutes = useFormatMinutes();
  const { moved, retimed } = session;
  return (
    <article className={`comparison-session is-${session.status}`}>
      <h3 className="comparison-record-title">
        <span className="comparison-session-title">{session.title.trim() || t('untitled')}</span>
        {session.status === 'changed' ? null : <StatusBadge status={session.status} />}
      </h3>
      <p className="comparison-when">
        {tc(`blockType.${session.type}`)} · {slotText(t, session.slot)}
      </p>
      {moved === null ? null : (
        <p className="comparison-line">
          {t('moved', { from: slotText(t, moved.from), to: slotText(t, moved.to) })}
        </p>
      )}
      {retimed === null ? null : (
        <p className="comparison-line">
          {retimed.before.durationMin !== retimed.after.durationMin
            ? t('duration', {
                before: formatMinutes(retimed.before.durationMin),
                after: formatMinutes(retimed.after.durationMin),
              })
            : null}
          {retimed.before.durationMin !== retimed.after.durationMin &&
          retimed.before.fixedStart !== retimed.after.fixedStart
            ? ' · '
            : null}
          {retimed.before.fixedStart !== retimed.after.fixedStart
            ? t('fixedStart', {
                before: clockText(t, retimed.before.fixedStart),
                after: clockText(t, retimed.after.fixedStart),
              })
            : null}
        </p>
      )}
      <FieldChanges changes={session.fields} />
      {session.stages.length > 0 ? (
        <ul className="comparison-stages">
          {session.stages.map((stage) => (
            <li key={stage.stageId}>
              <span className="comparison-stage-name">
                {t('stage', { phase: tc(`phase.${stage.phase}`) })}
              </span>
              {stage.status === 'changed' ? null : <StatusBadge status={stage.status} />}
              <FieldChanges changes={stage.fields} />
            </li>
          ))}
        </ul>
      ) : null}
    </article>
  );
}

function FieldChanges({ changes }: { changes: readonly FieldChange[] }) {
  const { t } = useTranslation('comparison');
  const { t: tc } = useTranslation('common');
  const formatMinutes = useFormatMinutes();
  if (changes.length === 0) return null;
  return (
    <dl className="comparison-fields">
      {changes.map((change) => (
        <div key={change.field} className="comparison-field">
          <dt>{t(`fields.${change.field}` as 'fields.title')}</dt>
          <dd>{valueText(change, t, tc, formatMinutes)}</dd>
        </div>
      ))}
    </dl>
  );
}

function valueText(
  change: FieldChange,
  t: Comparison,
  tc: Common,
  formatMinutes: (minutes: number) => string,
) {
  switch (change.kind) {
    case 'text':
      return <Words runs={change.words} />;
    case 'list':
      return (
        <>
          {change.added.length > 0 ? (
            <span className="comparison-list">
              {t('added')}
              <Words runs={[{ kind: 'ins', text: change.added.join(', ') }]} />
            </span>
          ) : null}
          {change.removed.length > 0 ? (
            <span className="comparison-list">
              {t('removed')}
              <Words runs={[{ kind: 'del', text: change.removed.join(', ') }]} />
            </span>
          ) : null}
        </>
      );
    case 'minutes':
      return <Replaced before={formatMinutes(change.before)} after={formatMinutes(change.after)} />;
    case 'clock':
      return <Replaced before={clockText(t, change.before)} after={clockText(t, change.after)} />;
    case 'number':
      return (
        <Replaced
          before={change.before === null ? t('empty') : String(change.before)}
          after={change.after === null ? t('empty') : String(change.after)}
        />
      );
    case 'choice':
      return (
        <Replaced
          before={choiceText(t, tc, change.field, change.before)}
          after={choiceText(t, tc, change.field, change.after)}
        />
      );
  }
}

/** A whole value replaced: the old one struck, the new one marked. */
function Replaced({ before, after }: { before: string; after: string }) {
  return (
    <Words
      runs={[
        { kind: 'del', text: before },
        { kind: 'same', text: ' ' },
        { kind: 'ins', text: after },
      ]}
    />
  );
}

function Words({ runs }: { runs: readonly WordRun[] }) {
  const { t } = useTranslation('comparison');
  return (
    <span className="comparison-words">
      {runs.map((run, index) =>
        run.kind === 'same' ? (
          <span key={index}>{run.text}</span>
        ) : run.kind === 'ins' ? (
          <ins key={index}>
            <span className="visually-hidden">{t('inserted')} </span>
            {run.text}
            <span className="visually-hidden"> {t('endOfChange')}</span>
          </ins>
        ) : (
          <del key={index}>
            <span className="visually-hidden">{t('deleted')} </span>
            {run.text}
            <span className="visually-hidden"> {t('endOfChange')}</span>
          </del>
        ),
      )}
    </span>
  );
}

function StatusBadge({ status }: { status: Status }) {
  const { t } = useTranslation('comparison');
  return <span className={`badge comparison-badge is-${status}`}>{t(`status.${status}`)}</span>;
}

function slotText(t: Comparison, slot: Slot): string {
  return t('at', {
    day: slot.dayNumber,
    start: formatClock(slot.start),
    end: formatClock(slot.end),
  });
}

function clockText(t: Comparison, minutes: number | null): string {
  return minutes === null ? t('noFixedStart') : formatClock(minutes);
}

/** Enumerated words in the interface's language; a level (CEFR) or an unknown word as stored. */
function choiceText(t: Comparison, tc: Common, field: string, value: string): string {
  const catalog: Record<string, string> = {
    type: 'blockType',
    theme: 'theme',
    audience: 'audience',
    phase: 'phase',
    interaction: 'interaction',
    learningType: 'learningType',
  };
  const group = catalog[field];
  if (group === undefined) return value === '' ? t('empty') : value;
  return tc(`${group}.${value}` as 'blockType.workshop', { defaultValue: value });
}
