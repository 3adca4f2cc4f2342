import { memo } from 'react';
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, XAxis, YAxis } from 'recharts';

import type { Segment } from '../../../../shared/balance/balance';
import { LEARNING_TYPES, type LearningType } from '../../../../shared/model/schema';
import { learningFill } from './palette';
import { sameDays, sameRows } from './same-figures';

export type BarRow = { key: string; label: string; segment: Segment; fill: string };

type Show = (label: string, segment: Segment) => void;

type BarsProps = { rows: readonly BarRow[]; onShow: Show };

/** Drawn again only when its figures change (see same-figures.ts). */
export const BarsChart = memo(
  BarsChartDrawn,
  (before: BarsProps, after: BarsProps) =>
    before.onShow === after.onShow && sameRows(before.rows, after.rows),
);

/** Sessions are named in the table; the bars say their minutes and open their sessions. */
function BarsChartDrawn({ rows, onShow }: BarsProps) {
  const data = rows.map((row) => ({ ...row, minutes: row.segment.minutes }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(120, rows.length * 34 + 30)}>
      <BarChart
        data={data}
        layout="vertical"
        margin={{ left: 8, right: 24 }}
        accessibilityLayer={false}
      >
        <CartesianGrid horizontal={false} stroke="var(--border)" />
        <XAxis type="number" allowDecimals={false} stroke="var(--text-muted)" />
        <YAxis type="category" dataKey="label" width={150} stroke="var(--text-muted)" />
        <Bar
          dataKey="minutes"
          isAnimationActive={false}
          cursor="pointer"
          onClick={(item) => {
            const row = item.payload as BarRow | undefined;
            if (row !== undefined) onShow(row.label, row.segment);
          }}
        >
          {data.map((row) => (
            <Cell key={row.key} fill={row.fill} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

export type DayColumn = { label: string; learningTypes: Record<LearningType, Segment> };

type DaysProps = {
  days: readonly DayColumn[];
  labelOf: (type: LearningType) => string;
  onShow: (day: DayColumn, type: LearningType) => void;
};

/** Drawn again only when a day's figures change, like BarsChart. */
export const DaysChart = memo(
  DaysChartDrawn,
  (before: DaysProps, after: DaysProps) =>
    before.labelOf === after.labelOf &&
    before.onShow === after.onShow &&
    sameDays(before.days, after.days),
);

/** Learning types stacked per day: one bar a day, one segment a learning type. */
function DaysChartDrawn({ days, labelOf, onShow }: DaysProps) {
  const data = days.map((day) => ({
    day,
    label: day.label,
    ...Object.fromEntries(LEARNING_TYPES.map((type) => [type, day.learningTypes[type].minutes])),
  }));
  return (
    <ResponsiveContainer width="100%" height={280}>
      <BarChart data={data} margin={{ left: 8, right: 24 }} accessibilityLayer={false}>
        <CartesianGrid vertical={false} stroke="var(--border)" />
        <XAxis dataKey="label" stroke="var(--text-muted)" />
        <YAxis allowDecimals={false} stroke="var(--text-muted)" />
        {LEARNING_TYPES.map((type) => (
          <Bar
            key={type}
            dataKey={type}
            name={labelOf(type)}
            stackId="day"
            fill={learningFill(type)}
            stroke="var(--surface)"
            strokeWidth={1}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(item) => {
              const day = (item.payload as { day?: DayColumn } | undefined)?.day;
              if (day !== undefined) onShow(day, type);
            }}
          />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
