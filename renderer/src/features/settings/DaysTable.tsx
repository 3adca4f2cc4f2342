import { useTranslation } from 'react-i18next';

import type { Day } from '../../../../shared/model/types';
import { dayDate } from '../../../../shared/schedule/dates';
import { ClockField } from '../../components';
import { formatDate } from '../../i18n/format';
import { useDays, useEdit, useMeta } from '../../program';

/** Each day of the week with its date and its working hours. */
export function DaysTable() {
  const { t } = useTranslation('settings');
  const days = useDays();
  const { startDate } = useMeta();

  return (
    <table className="settings-table days-table">
      <caption className="visually-hidden">{t('dates.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('dates.day')}</th>
          <th scope="col">{t('dates.date')}</th>
          <th scope="col">{t('dates.start')}</th>
          <th scope="col">{t('dates.plannedEnd')}</th>
          <th scope="col">{t('dates.blocks')}</th>
        </tr>
      </thead>
      <tbody>
        {days.map((day, index) => (
          <DayRow key={day.id} day={day} number={index + 1} date={dayDate(startDate, index)} />
        ))}
      </tbody>
    </table>
  );
}

function DayRow({ day, number, date }: { day: Day; number: number; date: string }) {
  const { t, i18n } = useTranslation('settings');
  const edit = useEdit();
  const times = { startMin: day.startMin, plannedEndMin: day.plannedEndMin };

  return (
    <tr>
      <th scope="row" className="days-number">
        {t('dates.dayNumber', { number })}
      </th>
      <td className="days-date">{formatDate(date, i18n.language, { withYear: true })}</td>
      <td className="days-clock">
        <ClockField
          hideLabel
          label={t('dates.startLabel', { number })}
          value={day.startMin}
          onCommit={(startMin) => edit.setDayTimes(day.id, { ...times, startMin })}
        />
      </td>
      <td className="days-clock">
        <ClockField
          hideLabel
          label={t('dates.endLabel', { number })}
          value={day.plannedEndMin}
          onCommit={(plannedEndMin) => edit.setDayTimes(day.id, { ...times, plannedEndMin })}
        />
      </td>
      <td className="days-blocks">
        <span className="muted">
          {day.blocks.length === 0
            ? t('dates.noBlocks')
            : t('dates.blockCount', { count: day.blocks.length })}
        </span>
        {day.plannedEndMin <= day.startMin ? (
          <span className="badge badge-warning">{t('dates.endsBeforeStart')}</span>
        ) : null}
      </td>
    </tr>
  );
}
