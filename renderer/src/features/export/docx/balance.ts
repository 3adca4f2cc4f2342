import { type FileChild, HeadingLevel, Paragraph, type Table, TableRow } from 'docx';

import type { BalanceChart, BalanceOutline } from '../../../../../shared/print/balance-outline';
import { textRuns } from './inline';
import type { PageGeometry } from './page-setup';
import { COLOR } from './styles';
import { cell, cellText, columnWidths, gridTable } from './tables';

/**
 * The balance of the week as Word tables, for partners to read and edit: the
 * minutes per learning type on each day, then per learning type, interaction
 * pattern and session type with their shares. Bars are left to the PDF.
 */
export function balancePage(outline: BalanceOutline, page: PageGeometry): FileChild[] {
  return [
    new Paragraph({
      // Its own section starts the page already.
      heading: HeadingLevel.HEADING_1,
      children: textRuns(outline.title),
    }),
    new Paragraph({ children: textRuns(outline.intro) }),
    subheading(outline.perDay.title),
    perDayTable(outline, page),
    ...outline.charts.flatMap((chart) => [
      subheading(chart.title),
      chartTable(chart, outline, page),
    ]),
  ];
}

function subheading(text: string): Paragraph {
  return new Paragraph({ heading: HeadingLevel.HEADING_2, children: textRuns(text) });
}

const headerCell = (text: string, width: number) =>
  cell([cellText(text, { bold: true })], { width, fill: COLOR.headerFill });

function perDayTable({ perDay, total }: BalanceOutline, page: PageGeometry): Table {
  const widths = columnWidths(page, [2, ...perDay.types.map(() => 1.3), 1.3]);
  const width = (index: number) => widths[index] ?? 0;
  const header = new TableRow({
    tableHeader: true,
    children: [perDay.column, ...perDay.types.map((type) => type.label), total].map((text, index) =>
      headerCell(text, width(index)),
    ),
  });
  const rows = perDay.days.map(
    (day) =>
      new TableRow({
        cantSplit: true,
        children: [day.label, ...day.segments.map((segment) => segment.written), day.total].map(
          (text, index) => cell([cellText(text, { bold: index === 0 })], { width: width(index) }),
        ),
      }),
  );
  return gridTable([header, ...rows], widths);
}

function chartTable(chart: BalanceChart, outline: BalanceOutline, page: PageGeometry): Table {
  const widths = columnWidths(page, [5, 2, 1.5]);
  const width = (index: number) => widths[index] ?? 0;
  const row = (texts: string[], bold: boolean) =>
    new TableRow({
      cantSplit: true,
      children: texts.map((text, index) =>
        cell([cellText(text, { bold })], { width: width(index) }),
      ),
    });
  const header = new TableRow({
    tableHeader: true,
    children: [chart.column, outline.minutes, outline.share].map((text, index) =>
      headerCell(text, width(index)),
    ),
  });
  return gridTable(
    [
      header,
      ...chart.bars.map((bar) => row([bar.label, bar.written, bar.share], false)),
      row([outline.total, chart.total, ''], true),
    ],
    widths,
  );
}
