import {
  type Active,
  closestCenter,
  type CollisionDetection,
  type DndContextProps,
  getFirstCollision,
  KeyboardSensor,
  MeasuringStrategy,
  type Over,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  type UniqueIdentifier,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import { useCallback, useMemo, useRef, useState } from 'react';

import {
  type BlockMove,
  type DayOrder,
  landingOf,
  moveTo,
  placeBlock,
  positionOf,
  reconcile,
} from './arrangement';
import { useLatest } from './use-latest';

type Drag = { activeId: string; preview: readonly DayOrder[]; overId: string | null };

export type WeekDrag = {
  /** The order of the cards in the columns: the drag preview while dragging, else the document's order. */
  order: readonly DayOrder[];
  /**
   * The order the user sees: within a day the sortable list only shifts cards
   * aside for the dragged one, so the times must follow this order, not the DOM's.
   */
  shownOrder: readonly DayOrder[];
  activeId: string | null;
  /** The arrangement at this instant, for the screen-reader announcements. */
  currentOrder: () => readonly DayOrder[];
  contextProps: Pick<
    DndContextProps,
    | 'sensors'
    | 'collisionDetection'
    | 'measuring'
    | 'onDragStart'
    | 'onDragOver'
    | 'onDragEnd'
    | 'onDragCancel'
  >;
};

const measuring = { droppable: { strategy: MeasuringStrategy.Always } };

/**
 * Dragging blocks within and between days. While a block is dragged, the new
 * order lives only here (a preview that the columns and their times follow);
 * the document is written once, on drop, with one moveBlock.
 */
export function useWeekDrag(
  documentOrder: readonly DayOrder[],
  commit: (move: BlockMove) => void,
): WeekDrag {
  const [drag, setDrag] = useState<Drag | null>(null);
  const live = useRef<Drag | null>(null);
  const latestDocument = useLatest(documentOrder);
  const lastOver = useRef<UniqueIdentifier | null>(null);
  // The order just dropped, until the document shows it: the drop announcement reads it.
  const settled = useRef<readonly DayOrder[] | null>(null);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );

  const update = (next: Drag | null) => {
    live.current = next;
    setDrag(next);
  };

  const currentOrder = useCallback(
    () =>
      live.current === null
        ? (settled.current ?? latestDocument.current)
        : reconcile(live.current.preview, latestDocument.current),
    [latestDocument],
  );

  /**
   * First the day under the pointer (or under the dragged card, by keyboard),
   * then the nearest block in that day: the day never flickers between columns,
   * and an empty day is a target as a whole.
   */
  const collisionDetection: CollisionDetection = useCallback((args) => {
    const days = args.droppableContainers.filter((entry) => entry.data.current?.kind === 'day');
    const underPointer =
      args.pointerCoordinates === null ? [] : pointerWithin({ ...args, droppableContainers: days });
    const dayHits =
      underPointer.length > 0
        ? underPointer
        : rectIntersection({ ...args, droppableContainers: days });
    const dayId = getFirstCollision(dayHits, 'id');
    if (dayId === null) return lastOver.current === null ? [] : [{ id: lastOver.current }];
    const blocks = args.droppableContainers.filter(
      (entry) => entry.data.current?.kind === 'block' && entry.data.current.dayId === dayId,
    );
    const nearest =
      blocks.length === 0
        ? null
        : getFirstCollision(closestCenter({ ...args, droppableContainers: blocks }), 'id');
    lastOver.current = nearest ?? dayId;
    return [{ id: lastOver.current }];
  }, []);

  const landing = (active: Active, over: Over) => {
    const order = live.current?.preview ?? latestDocument.current;
    const dragged = active.rect.current.translated;
    const below =
      dragged !== null && dragged.top + dragged.height / 2 > over.rect.top + over.rect.height / 2;
    return landingOf(order, String(active.id), { id: String(over.id), below });
  };

  const contextProps: WeekDrag['contextProps'] = {
    sensors,
    collisionDetection,
    measuring,
    onDragStart: ({ active }) => {
      lastOver.current = null;
      settled.current = null;
      update({ activeId: String(active.id), preview: latestDocument.current, overId: null });
    },
    onDragOver: ({ active, over }) => {
      const current = live.current;
      if (current === null) return;
      const overId = over === null ? null : String(over.id);
      const to = over === null ? null : landing(active, over);
      const from = positionOf(current.preview, current.activeId);
      // Within a day the sortable list shows the new place itself; only a change
      // of day needs the preview, so that the block's card moves to that column.
      const preview =
        to === null || from === null || to.dayId === from.dayId
          ? current.preview
          : placeBlock(current.preview, { blockId: current.activeId, ...to });
      update({ ...current, preview, overId });
    },
    onDragEnd: ({ active, over }) => {
      const current = live.current;
      const to = over === null ? null : landing(active, over);
      settled.current =
        current === null || to === null
          ? null
          : placeBlock(current.preview, { blockId: current.activeId, ...to });
      update(null);
      if (current === null || to === null) return;
      const move = moveTo(latestDocument.current, current.activeId, to);
      if (move !== null) commit(move);
    },
    onDragCancel: () => {
      settled.current = null;
      update(null);
    },
  };

  const order = useMemo(
    () => (drag === null ? documentOrder : reconcile(drag.preview, documentOrder)),
    [drag, documentOrder],
  );
  const shownOrder = useMemo(() => {
    if (drag === null || drag.overId === null) return order;
    const to = landingOf(order, drag.activeId, { id: drag.overId, below: false });
    const from = positionOf(order, drag.activeId);
    return to === null || from === null || to.dayId !== from.dayId
      ? order
      : placeBlock(order, { blockId: drag.activeId, ...to });
  }, [drag, order]);

  return { order, shownOrder, activeId: drag?.activeId ?? null, currentOrder, contextProps };
}
