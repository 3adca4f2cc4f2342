/**
 * The order of blocks over the week as plain ids, and the moves between orders.
 *
 * A position is always "the index among the other blocks of the target day",
 * which is exactly what shared/model's moveBlock(blockId, dayId, index) expects:
 * it leaves the moved block out when it ranks the day. Every way of moving a
 * block (drag, keyboard drag, Alt+arrows, the card menu) ends in one BlockMove,
 * so each move is one document write and one undo step.
 */

export type DayOrder = { readonly dayId: string; readonly blockIds: readonly string[] };

/** A day and an index among the other blocks of that day. */
export type Position = { dayId: string; index: number };

export type BlockMove = Position & { blockId: string };

export type Step = 'up' | 'down' | 'previous-day' | 'next-day';

export function positionOf(order: readonly DayOrder[], blockId: string): Position | null {
  for (const day of order) {
    const index = day.blockIds.indexOf(blockId);
    if (index >= 0) return { dayId: day.dayId, index };
  }
  return null;
}

/** The order after a move, computed the way the document will compute it. */
export function placeBlock(order: readonly DayOrder[], move: BlockMove): DayOrder[] {
  return order.map((day) => {
    const others = day.blockIds.filter((id) => id !== move.blockId);
    if (day.dayId !== move.dayId)
      return others.length === day.blockIds.length ? day : { ...day, blockIds: others };
    const index = Math.min(Math.max(move.index, 0), others.length);
    return {
      dayId: day.dayId,
      blockIds: [...others.slice(0, index), move.blockId, ...others.slice(index)],
    };
  });
}

/**
 * The move for Alt+arrow keys: up and down within the day, or to the same
 * position in the previous or next day (at its end when that day is shorter).
 * Null when the block is already at the edge.
 */
export function stepMove(
  order: readonly DayOrder[],
  blockId: string,
  step: Step,
): BlockMove | null {
  const dayIndex = order.findIndex((day) => day.blockIds.includes(blockId));
  const day = order[dayIndex];
  if (day === undefined) return null;
  const index = day.blockIds.indexOf(blockId);
  if (step === 'up') return index > 0 ? { blockId, dayId: day.dayId, index: index - 1 } : null;
  if (step === 'down') {
    return index < day.blockIds.length - 1 ? { blockId, dayId: day.dayId, index: index + 1 } : null;
  }
  const target = order[step === 'previous-day' ? dayIndex - 1 : dayIndex + 1];
  if (target === undefined) return null;
  return { blockId, dayId: target.dayId, index: Math.min(index, target.blockIds.length) };
}

/** The move to the end of another day (the card menu's "Move to"); null for its own day. */
export function moveToDayEnd(
  order: readonly DayOrder[],
  blockId: string,
  dayId: string,
): BlockMove | null {
  const target = order.find((day) => day.dayId === dayId);
  if (target === undefined || target.blockIds.includes(blockId)) return null;
  return { blockId, dayId, index: target.blockIds.length };
}

/**
 * Where a dragged block lands when it is over `overId`: a day (its empty drop
 * zone) or another block. Within one day the block takes the place of the block
 * it is over, as a sortable list shows it; coming from another day it goes
 * before that block, or after it when the dragged card is below its middle.
 */
export function landingOf(
  order: readonly DayOrder[],
  activeId: string,
  over: { id: string; below: boolean },
): Position | null {
  const overDay = order.find((day) => day.dayId === over.id);
  if (overDay !== undefined) {
    const own = overDay.blockIds.indexOf(activeId);
    return { dayId: overDay.dayId, index: own >= 0 ? own : overDay.blockIds.length };
  }
  const at = positionOf(order, over.id);
  if (at === null) return null;
  const sameDay = order.some((day) => day.dayId === at.dayId && day.blockIds.includes(activeId));
  return sameDay ? at : { dayId: at.dayId, index: at.index + (over.below ? 1 : 0) };
}

/** The document move that puts a block at `to`, or null when it is already there. */
export function moveTo(
  order: readonly DayOrder[],
  blockId: string,
  to: Position,
): BlockMove | null {
  const from = positionOf(order, blockId);
  if (from === null || (from.dayId === to.dayId && from.index === to.index)) return null;
  return { blockId, ...to };
}

/**
 * A drag preview brought up to date with the document: blocks deleted meanwhile
 * (by a co-tutor) disappear, blocks added meanwhile show in their own day.
 */
export function reconcile(
  preview: readonly DayOrder[],
  document: readonly DayOrder[],
): readonly DayOrder[] {
  const existing = new Set(document.flatMap((day) => day.blockIds));
  const dayIds = new Set(document.map((day) => day.dayId));
  const shown = new Set(
    preview.filter((day) => dayIds.has(day.dayId)).flatMap((day) => day.blockIds),
  );
  const days = document.map((docDay) => {
    const kept = (preview.find((day) => day.dayId === docDay.dayId)?.blockIds ?? []).filter((id) =>
      existing.has(id),
    );
    const added = docDay.blockIds.filter((id) => !shown.has(id));
    return { dayId: docDay.dayId, blockIds: [...kept, ...added] };
  });
  return sameOrder(days, preview) ? preview : days;
}

function sameOrder(a: readonly DayOrder[], b: readonly DayOrder[]): boolean {
  return (
    a.length === b.length &&
    a.every((day, i) => {
      const other = b[i];
      return (
        other !== undefined &&
        other.dayId === day.dayId &&
        other.blockIds.length === day.blockIds.length &&
        other.blockIds.every((id, j) => id === day.blockIds[j])
      );
    })
  );
}
