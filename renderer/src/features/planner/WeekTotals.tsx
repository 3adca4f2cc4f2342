import './week-totals.css';

import { type CSSProperties, type ReactNode, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { LEARNING_TYPES, SESSION_TYPES } from '../../../../shared/model/schema';
import { type Day } from '../../../../shared/model/types';
import {
  dayTotals,
  minutesByLearningType,
  minutesByType,
} from '../../../../shared/schedule/totals';
import { useFormatMinutes, usePercentFormat } from '../../i18n/format';
import { ChevronIcon } from './icons';

/**
 * The week at a glance, folded away under the columns: time per session type,
 * and the balance of learning types from the stages (UCL Learning Designer).
 */
export function WeekTotals({ days, aside }: { days: readonly Day[]; aside?: ReactNode }) {
  const { t } = useTranslation('planner');
  const { t: tc } = useTranslation('common');
  const formatMinutes = useFormatMinutes();
  const [open, setOpen] = useState(false);
  const bodyId = useId();

  const totals = useMemo(() => {
    const perDay = days.map((day) => dayTotals(day));
    const byType = minutesByType(days);
    const byLearningType = minutesByLearningType(days);
    return {
      sessionMin: perDay.reduce((sum, day) => sum + day.sessionMin, 0),
      breakMin: perDay.reduce((sum, day) => sum + day.breakMin, 0),
      sessionTypes: SESSION_TYPES.filter((type) => byType[type] > 0).map((type) => ({
        type,
        minutes: byType[type],
      })),
      learningTypes: LEARNING_TYPES.map((type) => ({ type, minutes: byLearningType[type] })),
    };
  }, [days]);
  const percent = usePercentFormat();
  const learningMax = Math.max(0, ...totals.learningTypes.map((entry) => entry.minutes));

  return (
    <section
      className={open ? 'week-totals is-open' : 'week-totals'}
      aria-labelledby={`${bodyId}-heading`}
    >
      <div className="week-totals-bar">
        <h2 id={`${bodyId}-heading`} className="week-totals-heading">
          <button
            type="button"
            aria-expanded={open}
            aria-controls={bodyId}
            onClick={() => setOpen(!open)}
          >
            <ChevronIcon className="icon week-totals-chevron" />
            {t('totals.toggle')}
          </button>
        </h2>
        <p className="week-totals-summary">
          {t('totals.summary', {
            sessions: formatMinutes(totals.sessionMin),
            breaks: formatMinutes(totals.breakMin),
          })}
        </p>
        {aside === undefined ? null : <div className="week-totals-aside">{aside}</div>}
      </div>
      <div id={bodyId} className="week-totals-body" hidden={!open}>
        {open ? (
          <>
            <table className="totals-table">
              <caption>{t('totals.byType')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('totals.type')}</th>
                  <th scope="col" className="numeric">
                    {t('totals.minutes')}
                  </th>
                  <th scope="col" className="numeric">
                    {t('totals.share')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {totals.sessionTypes.length === 0 ? (
                  <tr>
                    <td colSpan={3} className="muted">
                      {t('totals.noSessions')}
                    </td>
                  </tr>
                ) : (
                  totals.sessionTypes.map(({ type, minutes }) => (
                    <tr key={type}>
                      <th scope="row">{tc(`blockType.${type}`)}</th>
                      <td className="numeric">{formatMinutes(minutes)}</td>
                      <td className="numeric">{percent.format(minutes / totals.sessionMin)}</td>
                    </tr>
                  ))
                )}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('totals.allSessions')}</th>
                  <td className="numeric">{formatMinutes(totals.sessionMin)}</td>
                  <td className="numeric">{totals.sessionMin > 0 ? percent.format(1) : ''}</td>
                </tr>
              </tfoot>
            </table>
            <div className="learning-panel">
              <table className="totals-table learning-bars">
                <caption>{t('totals.byLearningType')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('totals.learningType')}</th>
                    <th scope="col">{t('totals.minutes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {totals.learningTypes.map(({ type, minutes }) => (
                    <tr key={type}>
                      <th scope="row">{tc(`learningType.${type}`)}</th>
                      <td>
                        <span className="learning-cell">
                          <span className="learning-track" aria-hidden="true">
                            <span
                              className="learning-bar"
                              style={
                                {
                                  '--share': learningMax === 0 ? 0 : minutes / learningMax,
                                } as CSSProperties
                              }
                            />
                          </span>
                          <span className="learning-minutes">{formatMinutes(minutes)}</span>
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="week-totals-note">
                {learningMax === 0 ? t('totals.noStages') : t('totals.learningTypesNote')}
              </p>
            </div>
          </>
        ) : null}
      </div>
    </section>
  );
}
