import { Paragraph, type Table, TableRow } from 'docx';

import type { TimetableBlock, TimetableDay } from '../../../../../shared/print/outline-types';
import { textRuns } from './inline';
import type { PageGeometry } from './page-setup';
import { COLOR } from './styles';
import { cell, cellText, columnWidths, gridTable } from './tables';

/**
 * The week at a glance: a column for each day, its blocks stacked down one cell.
 * One cell a day, rather than a row for each n-th block, keeps each day as tall
 * as its own blocks (days rarely break at the same times). The header row (day
 * and date) is marked to repeat, should a crowded week still run onto a second
 * page. A program without days has no table.
 */
export function weekTable(days: readonly TimetableDay[], page: PageGeometry): Table[] {
  if (days.length === 0) return [];
  const widths = columnWidths(
    page,
    days.map(() => 1),
  );
  const width = (index: number) => widths[index] ?? 0;
  const type = typeFor(Math.max(0, ...days.map((day) => day.blocks.length)));
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: days.map((day, index) =>
      cell([cellText(day.heading, { bold: true }), cellText(day.date)], {
        width: width(index),
        fill: COLOR.headerFill,
      }),
    ),
  });
  const week = new TableRow({
    children: days.map((day, index) =>
      cell(
        day.blocks.flatMap((block) => blockLines(block, type)),
        { width: width(index) },
      ),
    ),
  });
  return [gridTable([header, week], widths)];
}

/** Type sizes in half-points and the space after a block in twips. */
type WeekType = { size: number; small: number; gap: number };

/**
 * The longer the longest day, the smaller the type, so a full week still fits
 * its one landscape page: up to eight blocks a day (every template) at the
 * tables' size, as the PDF prints them.
 */
function typeFor(blocksInLongestDay: number): WeekType {
  if (blocksInLongestDay <= 8) return { size: 17, small: 15, gap: 100 };
  if (blocksInLongestDay <= 11) return { size: 15, small: 13, gap: 60 };
  return { size: 13, small: 12, gap: 30 };
}

/**
 * Time, title, then the facilitators in grey; a break shows only its time and
 * name, on a grey ground. A block's lines are kept together on one page.
 */
function blockLines(block: TimetableBlock, type: WeekType): Paragraph[] {
  const shading = block.isBreak ? { shading: { fill: COLOR.breakFill } } : {};
  const line = (
    text: string,
    format: { bold?: boolean; color?: string; size: number },
    last: boolean,
  ) =>
    new Paragraph({
      ...shading,
      keepNext: !last,
      keepLines: true,
      spacing: { after: last ? type.gap : 0 },
      children: textRuns(text, format),
    });
  const showWho = !block.isBreak && block.facilitators.trim() !== '';
  return [
    line(block.time, { bold: true, size: type.size }, false),
    line(block.title, { size: type.size }, !showWho),
    ...(showWho ? [line(block.facilitators, { color: COLOR.muted, size: type.small }, true)] : []),
  ];
}
