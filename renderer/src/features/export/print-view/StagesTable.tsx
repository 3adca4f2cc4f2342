import type { StageRow, StagesTable as Stages } from '../../../../../shared/print/outline-types';

/** The columns in print order, each with the class that sets its width in print.css. */
const COLUMNS: readonly (keyof StageRow)[] = [
  'number',
  'phase',
  'minutes',
  'facilitator',
  'participants',
  'interaction',
  'learningType',
  'resources',
];

/**
 * The stages of a session. The header row is a <thead>, which Chromium repeats
 * at the top of every page the table runs onto; a row is not split across
 * pages unless it is taller than a page.
 */
export function StagesTable({ stages }: { stages: Stages }) {
  return (
    <>
      <table className="stages">
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col" className={`stages__${column}`}>
                {stages.columns[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {stages.rows.map((row) => (
            <tr key={row.number}>
              {COLUMNS.map((column) => (
                <td key={column} className={`stages__${column}`}>
                  {row[column]}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <p className="stages__total">{stages.total}</p>
    </>
  );
}
