import { memo } from 'react';
import { useTranslation } from 'react-i18next';

import type { Segment } from '../../../../shared/balance/balance';
import { LEARNING_TYPES, type LearningType } from '../../../../shared/model/schema';
import { useFormatMinutes } from '../../i18n/format';
import type { DayColumn } from './charts';
import { sameDays } from './same-figures';

type Props = {
  caption: string;
  days: readonly DayColumn[];
  labelOf: (type: LearningType) => string;
  onShow: (day: DayColumn, type: LearningType) => void;
};

/** Drawn again only when a day's figures change (see same-figures.ts). */
export const DaysTable = memo(
  DaysTableDrawn,
  (before: Props, after: Props) =>
    before.caption === after.caption &&
    before.labelOf === after.labelOf &&
    before.onShow === after.onShow &&
    sameDays(before.days, after.days),
);

/** The stacked chart's figures: a row a day, a column a learning type. */
function DaysTableDrawn({ caption, days, labelOf, onShow }: Props) {
  const { t } = useTranslation('balance');
  const formatMinutes = useFormatMinutes();
  const dayTotal = (day: DayColumn) =>
    LEARNING_TYPES.reduce((sum, type) => sum + day.learningTypes[type].minutes, 0);
  const cell = (day: DayColumn, type: LearningType, segment: Segment) =>
    segment.minutes > 0 ? (
      <button
        type="button"
        className="link-button"
        aria-label={t('segmentDay', {
          day: day.label,
          label: labelOf(type),
          minutes: formatMinutes(segment.minutes),
        })}
        onClick={() => onShow(day, type)}
      >
        {formatMinutes(segment.minutes)}
      </button>
    ) : (
      formatMinutes(0)
    );
  return (
    <table className="balance-figures">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('perDay.column')}</th>
          {LEARNING_TYPES.map((type) => (
            <th key={type} scope="col" className="numeric">
              {labelOf(type)}
            </th>
          ))}
          <th scope="col" className="numeric">
            {t('total')}
          </th>
        </tr>
      </thead>
      <tbody>
        {days.map((day) => (
          <tr key={day.label}>
            <th scope="row">{day.label}</th>
            {LEARNING_TYPES.map((type) => (
              <td key={type} className="numeric">
                {cell(day, type, day.learningTypes[type])}
              </td>
            ))}
            <td className="numeric">{formatMinutes(dayTotal(day))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
