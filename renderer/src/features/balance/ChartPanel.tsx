import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { Button } from '../../components';

type Props = {
  title: string;
  /** The chart's accessible name, saying what kind of chart it is. */
  chartName: string;
  note?: string;
  chart: ReactNode;
  table: ReactNode;
};

/**
 * A chart with its table alternative. The table is always there: shown instead
 * of the chart on request, and otherwise visually hidden but read by screen
 * readers and reachable by keyboard, since its figures open the sessions too.
 */
export function ChartPanel({ title, chartName, note, chart, table }: Props) {
  const { t } = useTranslation('balance');
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  return (
    <section className="balance-panel" aria-labelledby={headingId}>
      <div className="balance-panel-head">
        <h3 id={headingId}>{title}</h3>
        <Button variant="ghost" small aria-pressed={asTable} onClick={() => setAsTable(!asTable)}>
          {t('showTable')}
        </Button>
      </div>
      {note === undefined ? null : <p className="balance-note">{note}</p>}
      {asTable ? null : (
        <div className="balance-chart" role="img" aria-label={chartName}>
          {chart}
        </div>
      )}
      <div className={asTable ? 'balance-table' : 'balance-table visually-hidden'}>{table}</div>
    </section>
  );
}
