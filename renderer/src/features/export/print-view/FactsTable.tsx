import type { Fact } from '../../../../../shared/print/outline-types';

/**
 * The title block: two facts a row, label beside value, so eleven facts take
 * six compact lines instead of a page. A long value (the program's title)
 * simply wraps inside its cell.
 */
export function FactsTable({ facts }: { facts: Fact[] }) {
  const rows: Fact[][] = [];
  for (let index = 0; index < facts.length; index += 2) rows.push(facts.slice(index, index + 2));
  return (
    <table className="facts">
      <tbody>
        {rows.map((row, index) => (
          <tr key={index}>
            {row.map((fact) => [
              <th key={`${fact.label}-label`} scope="row">
                {fact.label}
              </th>,
              <td key={`${fact.label}-value`} colSpan={row.length === 1 ? 3 : 1}>
                {fact.value}
              </td>,
            ])}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
