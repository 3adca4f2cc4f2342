import {
  BorderStyle,
  type ITableBordersOptions,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from 'docx';

import type { Fact } from '../../../../../shared/print/outline-types';
import { textRuns } from './inline';
import type { PageGeometry } from './page-setup';
import { COLOR, SIZE } from './styles';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule } as const;

export const GRID_BORDERS: ITableBordersOptions = {
  top: LINE,
  bottom: LINE,
  left: LINE,
  right: LINE,
  insideHorizontal: LINE,
  insideVertical: LINE,
};

/** Cell padding in twips (about 1.2 mm at the sides, as the PDF): a little air so text does not touch the rules. */
const CELL_MARGINS = { top: 40, bottom: 40, left: 68, right: 68 };

/** Column widths in twips from shares of the text width, the last column taking what rounding leaves. */
export function columnWidths(page: PageGeometry, shares: readonly number[]): number[] {
  const total = shares.reduce((sum, share) => sum + share, 0);
  const widths = shares.map((share) => Math.floor((page.textWidth * share) / total));
  const used = widths.reduce((sum, width) => sum + width, 0);
  const last = widths.length - 1;
  if (last >= 0) widths[last] = (widths[last] ?? 0) + page.textWidth - used;
  return widths;
}

/**
 * A table as wide as the text, with fixed column widths: Word, LibreOffice and
 * Google Docs then agree on its layout instead of each auto-fitting differently.
 */
export function gridTable(
  rows: TableRow[],
  widths: number[],
  borders: ITableBordersOptions = GRID_BORDERS,
): Table {
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((sum, width) => sum + width, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders,
    margins: CELL_MARGINS,
  });
}

export type CellOptions = { width: number; fill?: string };

/** A table cell holding paragraphs, its width repeated on the cell as Word writes it. */
export function cell(children: Paragraph[], { width, fill }: CellOptions): TableCell {
  return new TableCell({
    children: children.length === 0 ? [new Paragraph({})] : children,
    width: { size: width, type: WidthType.DXA },
    ...(fill === undefined ? {} : { shading: { type: ShadingType.CLEAR, color: 'auto', fill } }),
  });
}

/** A compact paragraph for table text: no space after, the table's smaller size. */
export function cellParagraph(children: ParagraphChild[]): Paragraph {
  return new Paragraph({ spacing: { after: 0 }, children });
}

export function cellText(
  text: string,
  format: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {},
): Paragraph {
  return cellParagraph(textRuns(text, { size: SIZE.table, ...format }));
}

/** Label and value pairs (a session's title block, the program's cover), one pair a row; nothing when there are none. */
export function factsTable(facts: readonly Fact[], page: PageGeometry): Table[] {
  if (facts.length === 0) return [];
  const [labelWidth = 0, valueWidth = 0] = columnWidths(page, [3, 7]);
  const rows = facts.map(
    (fact) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([cellText(fact.label, { bold: true })], {
            width: labelWidth,
            fill: COLOR.labelFill,
          }),
          cell([cellText(fact.value)], { width: valueWidth }),
        ],
      }),
  );
  return [gridTable(rows, [labelWidth, valueWidth])];
}
