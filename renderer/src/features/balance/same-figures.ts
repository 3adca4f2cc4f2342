import type { Segment } from '../../../../shared/balance/balance';
import { LEARNING_TYPES, type LearningType } from '../../../../shared/model/schema';

/**
 * Whether two renders of a chart or table would show the same figures. The
 * view computes fresh rows after every change; these let a chart or table that
 * a change left as it was skip drawing itself again (a chart costs
 * milliseconds a render, and most changes touch one or two of them).
 */

export const sameSegment = (a: Segment, b: Segment): boolean =>
  a.minutes === b.minutes &&
  a.blockIds.length === b.blockIds.length &&
  a.blockIds.every((id, index) => b.blockIds[index] === id);

type Row = { key: string; label: string; segment: Segment; fill?: string };

export const sameRows = (a: readonly Row[], b: readonly Row[]): boolean =>
  a.length === b.length &&
  a.every((row, index) => {
    const other = b[index];
    return (
      other !== undefined &&
      row.key === other.key &&
      row.label === other.label &&
      row.fill === other.fill &&
      sameSegment(row.segment, other.segment)
    );
  });

type Day = { label: string; learningTypes: Record<LearningType, Segment> };

export const sameDays = (a: readonly Day[], b: readonly Day[]): boolean =>
  a.length === b.length &&
  a.every((day, index) => {
    const other = b[index];
    return (
      other !== undefined &&
      day.label === other.label &&
      LEARNING_TYPES.every((type) =>
        sameSegment(day.learningTypes[type], other.learningTypes[type]),
      )
    );
  });
