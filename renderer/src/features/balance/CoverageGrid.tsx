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

/** Which parts of each session plan are written: a row a session, a column a part. */
export function CoverageGrid({ coverage, sessions, titleOf, sessionHref }: Props) {
  const { t } = useTranslation('balance');
  const { t: ts } = useTranslation('session');
  const columnLabel = (column: CoverageColumn) =>
    column === 'communication' ? t('coverage.communication') : ts(`fields.${column}`);
  const columns = GROUPS.flatMap((group) => group.columns);

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
                {columns.map((column) => (
                  <th key={column} scope="col" className="balance-grid-column">
                    {columnLabel(column)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {coverage.rows.map((row) => {
                const session = sessions.get(row.blockId);
                const title = titleOf(row.blockId);
                return (
                  <tr key={row.blockId}>
                    <th scope="row">
                      <a href={sessionHref(row.blockId)}>
                        <span className="balance-grid-when">
                          {t('coverage.when', {
                            day: (session?.dayIndex ?? 0) + 1,
                            time: formatClock(session?.start ?? 0),
                          })}
                        </span>
                        <span>{title}</span>
                      </a>
                    </th>
                    {columns.map((column) => {
                      const covered = row.covered[column];
                      return (
                        <td key={column} className={covered ? 'is-covered' : 'is-missing'}>
                          <a
                            href={sessionHref(row.blockId)}
                            aria-label={t('coverage.cell', {
                              title,
                              field: columnLabel(column),
                              state: covered ? t('coverage.written') : t('coverage.empty'),
                            })}
                          >
                            <span aria-hidden="true">{covered ? '✓' : '–'}</span>
                          </a>
                        </td>
                      );
                    })}
                  </tr>
                );
              })}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('coverage.totals')}</th>
                {columns.map((column) => (
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
