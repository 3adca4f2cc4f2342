import { Paragraph, type Table, TableRow } from 'docx';

import type { StageRow, StagesTable } from '../../../../../shared/print/outline-types';
import { textRuns } from './inline';
import type { PageGeometry } from './page-setup';
import { COLOR, SIZE } from './styles';
import { cell, cellText, columnWidths, gridTable } from './tables';

/**
 * The columns in print order, with their share of the width as the PDF prints
 * them: the longest labels ("Application", "Collaboration", "1 h 30 min") fit on one line and
 * the two "… do" columns hold most of the text.
 */
const COLUMNS: readonly { key: keyof StageRow; share: number }[] = [
  { key: 'number', share: 4 },
  { key: 'phase', share: 12 },
  { key: 'minutes', share: 10 },
  { key: 'facilitator', share: 17 },
  { key: 'participants', share: 18 },
  { key: 'interaction', share: 12 },
  { key: 'learningType', share: 14 },
  { key: 'resources', share: 13 },
];

/** The PDF's sizes for this table, in half-points: 8 pt text under a 7.5 pt header. */
const TEXT_SIZE = 16;
const HEADER_SIZE = 15;

/**
 * The stages of a session as a Word table whose first row is a header row, so
 * Word repeats it at the top of every page the table runs onto. The total follows.
 */
export function stagesTable(stages: StagesTable, page: PageGeometry): (Table | Paragraph)[] {
  const widths = columnWidths(
    page,
    COLUMNS.map((column) => column.share),
  );
  const row = (values: StageRow, header: boolean) =>
    new TableRow({
      tableHeader: header,
      // A stage is read as a whole: it moves to the next page rather than break in the middle.
      cantSplit: true,
      children: COLUMNS.map((column, index) =>
        cell(
          [cellText(values[column.key], { bold: header, size: header ? HEADER_SIZE : TEXT_SIZE })],
          {
            width: widths[index] ?? 0,
            ...(header ? { fill: COLOR.headerFill } : {}),
          },
        ),
      ),
    });
  return [
    gridTable(
      [row(stages.columns, true), ...stages.rows.map((values) => row(values, false))],
      widths,
    ),
    new Paragraph({
      spacing: { before: 80 },
      children: textRuns(stages.total, { italics: true, size: SIZE.table }),
    }),
  ];
}
