import { memo } from 'react';
import { useTranslation } from 'react-i18next';

import type { Segment } from '../../../../shared/balance/balance';
import { useFormatMinutes, usePercentFormat } from '../../i18n/format';
import { sameRows } from './same-figures';

export type FigureRow = { key: string; label: string; segment: Segment };

type Props = {
  caption: string;
  column: string;
  rows: readonly FigureRow[];
  onShow: (label: string, segment: Segment) => void;
};

/** Drawn again only when its figures or words change (see same-figures.ts). */
export const FigureTable = memo(
  FigureTableDrawn,
  (before: Props, after: Props) =>
    before.caption === after.caption &&
    before.column === after.column &&
    before.onShow === after.onShow &&
    sameRows(before.rows, after.rows),
);

/** A chart's figures as a table; a row with minutes opens the sessions behind it. */
function FigureTableDrawn({ caption, column, rows, onShow }: Props) {
  const { t } = useTranslation('balance');
  const formatMinutes = useFormatMinutes();
  const percent = usePercentFormat();
  const total = rows.reduce((sum, row) => sum + row.segment.minutes, 0);
  return (
    <table className="balance-figures">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{column}</th>
          <th scope="col" className="numeric">
            {t('minutes')}
          </th>
          <th scope="col" className="numeric">
            {t('share')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ key, label, segment }) => (
          <tr key={key}>
            <th scope="row">{label}</th>
            <td className="numeric">
              {segment.minutes > 0 ? (
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('segment', {
                    label,
                    minutes: formatMinutes(segment.minutes),
                  })}
                  onClick={() => onShow(label, segment)}
                >
                  {formatMinutes(segment.minutes)}
                </button>
              ) : (
                formatMinutes(0)
              )}
            </td>
            <td className="numeric">{total > 0 ? percent.format(segment.minutes / total) : ''}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('total')}</th>
          <td className="numeric">{formatMinutes(total)}</td>
          <td className="numeric">{total > 0 ? percent.format(1) : ''}</td>
        </tr>
      </tfoot>
    </table>
  );
}
