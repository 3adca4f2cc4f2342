import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';

import { type DayOrder, landingOf, placeBlock, positionOf } from './arrangement';
import { useLatest } from './use-latest';

export type PlaceDescription = { title: string; position: number; count: number; day: number };

/** Where a block is in an order, in the words of the announcements (1-based). */
export function describePlace(
  order: readonly DayOrder[],
  blockId: string,
  titleOf: (blockId: string) => string,
): PlaceDescription | null {
  const at = positionOf(order, blockId);
  const dayIndex = order.findIndex((day) => day.dayId === at?.dayId);
  const day = order[dayIndex];
  if (at === null || day === undefined) return null;
  return {
    title: titleOf(blockId),
    position: at.index + 1,
    count: day.blockIds.length,
    day: dayIndex + 1,
  };
}

/**
 * What a screen reader hears while a block is dragged (dnd-kit's live region),
 * in the interface language and in the planner's terms: position and day.
 */
export function useDragAnnouncements(
  currentOrder: () => readonly DayOrder[],
  titleOf: (blockId: string) => string,
): { announcements: Announcements; screenReaderInstructions: ScreenReaderInstructions } {
  const { t } = useTranslation('planner');
  const latest = useLatest({ currentOrder, titleOf });
  const lastPlace = useRef('');

  return useMemo(() => {
    const place = (activeId: string, overId: string | null) => {
      const order = latest.current.currentOrder();
      // Over another block of its day, the block shows in that block's place.
      const at = overId === null ? null : landingOf(order, activeId, { id: overId, below: false });
      const shown = at === null ? order : placeBlock(order, { blockId: activeId, ...at });
      return describePlace(shown, activeId, latest.current.titleOf);
    };
    // dnd-kit reports "over" also when nothing moved (right after pick-up, over
    // the block itself); saying the same place twice would drown the pick-up.
    const say = (
      key: 'pickedUp' | 'over' | 'dropped' | 'cancelled',
      values: PlaceDescription | null,
    ) => {
      if (values === null) return undefined;
      const place = `${values.day}:${values.position}:${values.count}`;
      if (key === 'over' && place === lastPlace.current) return undefined;
      lastPlace.current = place;
      return t(`dnd.${key}`, values);
    };
    return {
      screenReaderInstructions: { draggable: t('dnd.instructions') },
      announcements: {
        onDragStart: ({ active }) => say('pickedUp', place(String(active.id), null)),
        onDragOver: ({ active, over }) =>
          over === null ? undefined : say('over', place(String(active.id), String(over.id))),
        onDragEnd: ({ active }) => say('dropped', place(String(active.id), null)),
        onDragCancel: ({ active }) => say('cancelled', place(String(active.id), null)),
      },
    };
  }, [latest, t]);
}
