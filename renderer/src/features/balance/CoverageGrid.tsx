import { memo } from 'react';
import { useTranslation } from 'react-i18next';

import type { Balance, SessionRef } from '../../../../shared/balance/balance';
import type { CoverageColumn } from '../../../../shared/balance/coverage';
import { formatClock } from '../../../../shared/schedule/time';

/** The grid's columns under their groups, in the order a plan is read. */
const GROUPS = [
  { group: 'fourCs', columns: ['content', 'communication', 'cognition', 'culture'] },
  { group: 'language', columns: ['languageObjectives'] },
  { group: 'udl', columns: ['engagement', 'representation', 'actionExpression'] },
  { group: 'beforeAfter', columns: ['preWork', 'followUp'] },
] as const satisfies { group: string; columns: CoverageColumn[] }[];

type Props = {
  coverage: Balance['coverage'];
  sessions: ReadonlyMap<string, SessionRef>;
  titleOf: (blockId: string) => string;
  sessionHref: (blockId: string) => string;
};

const COLUMNS = GROUPS.flatMap((group) => group.columns);

function useColumnLabel(): (column: CoverageColumn) => string {
  const { t } = useTranslation('balance');
  const { t: ts } = useTranslation('session');
  return (column) =>
    column === 'communication' ? t('coverage.communication') : ts(`fields.${column}`);
}

type RowProps = {
  href: string;
  title: string;
  day: number;
  start: number;
  /** A '1' or '0' per column, in COLUMNS' order: a value, so an unchanged row is not drawn again. */
  covered: string;
};

/**
 * One session's row. Its props are plain values, so after a change only the
 * rows it touched render again (a stage edit touches none of them).
 */
const CoverageRow = memo(function CoverageRow({ href, title, day, start, covered }: RowProps) {
  const { t } = useTranslation('balance');
  const columnLabel = useColumnLabel();
  return (
    <tr>
      <th scope="row">
        <a href={href}>
          <span className="balance-grid-when">
            {t('coverage.when', { day, time: formatClock(start) })}
          </span>
          <span>{title}</span>
        </a>
      </th>
      {COLUMNS.map((column, index) => {
        const written = covered[index] === '1';
        return (
          <td key={column} className={written ? 'is-covered' : 'is-missing'}>
            <a
              href={href}
              aria-label={t('coverage.cell', {
                title,
                field: columnLabel(column),
                state: written ? t('coverage.written') : t('coverage.empty'),
              })}
            >
              <span aria-hidden="true">{written ? '✓' : '–'}</span>
            </a>
          </td>
        );
      })}
    </tr>
  );
});

/** Which parts of each session plan are written: a row a session, a column a part. */
export function CoverageGrid({ coverage, sessions, titleOf, sessionHref }: Props) {
  const { t } = useTranslation('balance');
  const columnLabel = useColumnLabel();

  return (
    <section className="balance-panel balance-coverage" aria-labelledby="balance-coverage-heading">
      <h3 id="balance-coverage-heading">{t('coverage.title')}</h3>
      <p className="balance-note">{t('coverage.intro')}</p>
      {coverage.rows.length === 0 ? (
        <p className="muted">{t('coverage.none')}</p>
      ) : (
        <div className="balance-grid-scroll">
          <table className="balance-grid">
            <caption className="visually-hidden">{t('coverage.title')}</caption>
            <thead>
              <tr>
                <td />
                {GROUPS.map(({ group, columns: groupColumns }) => (
                  <th key={group} scope="colgroup" colSpan={groupColumns.length}>
                    {t(`coverage.${group}`)}
                  </th>
                ))}
              </tr>
              <tr>
                <th scope="col">{t('coverage.session')}</th>
                {COLUMNS.map((column) => (
                  <th key={column} scope="col" className="balance-grid-column">
                    {columnLabel(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {coverage.rows.map((row) => {
                const session = sessions.get(row.blockId);
                return (
                  <CoverageRow
                    key={row.blockId}
                    href={sessionHref(row.blockId)}
                    title={titleOf(row.blockId)}
                    day={(session?.dayIndex ?? 0) + 1}
                    start={session?.start ?? 0}
                    covered={COLUMNS.map((column) => (row.covered[column] ? '1' : '0')).join('')}
                  />
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('coverage.totals')}</th>
                {COLUMNS.map((column) => (
                  <td key={column} className="numeric">
                    {coverage.totals[column]} / {coverage.rows.length}
                  </td>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
