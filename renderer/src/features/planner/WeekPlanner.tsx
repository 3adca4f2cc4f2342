import './planner.css';

import { DndContext, DragOverlay } from '@dnd-kit/core';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useDayDate } from '../../i18n/format';
import { useCoTutors, useDays, useMeta } from '../../program';
import { usePreferences } from '../preferences/preferences-context';
import { useTimeZones } from '../preferences/use-time-zones';
import { DraggedCard } from './CardFace';
import { DayColumn } from './DayColumn';
import type { DayChoice } from './planner-actions';
import { RecentlyDeleted } from './RecentlyDeleted';
import { TimeZonesBar } from './TimeZonesBar';
import { NO_FLAGS, useDayFlags } from './use-day-flags';
import { useDragAnnouncements } from './use-drag-announcements';
import { useFocusRequest } from './use-focus-request';
import { usePlannerActions } from './use-planner-actions';
import { useWeekDrag } from './use-week-drag';
import { orderOf, weekView } from './week-view';
import { WeekTotals } from './WeekTotals';

/**
 * The week as days in columns: blocks in time order with their computed times,
 * moved by drag and drop or keyboard, added and managed per day, with each day's
 * and the week's totals. Everything is read from the program document; only the
 * order during a drag is kept here.
 */
export function WeekPlanner({
  onOpenSession,
  balanceHref,
}: {
  onOpenSession: (blockId: string) => void;
  /** Where a day's flags are explained: the Balance view. */
  balanceHref: string;
}) {
  const { t } = useTranslation('planner');
  const days = useDays();
  const meta = useMeta();
  const coTutors = useCoTutors();
  const boardRef = useRef<HTMLDivElement>(null);
  const requestFocus = useFocusRequest(boardRef);
  const [announcement, setAnnouncement] = useState('');
  const zones = useTimeZones();
  const preferences = usePreferences();
  const showHomeTimes = preferences.settings?.showHomeTimes ?? false;

  const documentOrder = useMemo(() => orderOf(days), [days]);
  const titles = useMemo(
    () =>
      new Map(
        days.flatMap((day) => day.blocks.map((block) => [block.id, block.title.trim()] as const)),
      ),
    [days],
  );
  const titleOf = useCallback(
    (blockId: string) => titles.get(blockId) || t('block.untitled'),
    [titles, t],
  );

  const flagsByDay = useDayFlags(titleOf);

  const planner = usePlannerActions({
    order: documentOrder,
    titleOf,
    onOpenSession,
    requestFocus,
    announce: setAnnouncement,
  });
  const drag = useWeekDrag(documentOrder, planner.commitMove);
  const accessibility = useDragAnnouncements(drag.currentOrder, titleOf);
  const view = useMemo(
    () => weekView(days, drag.order, coTutors, drag.shownOrder, zones.homeOf),
    [days, drag.order, coTutors, drag.shownOrder, zones.homeOf],
  );

  const dayDate = useDayDate(meta.startDate);
  const dayIds = days.map((day) => day.id).join(' ');
  // One array for every card's "Move to" menu, new only when the days change.
  const choices = useMemo<DayChoice[]>(
    () =>
      dayIds
        .split(' ')
        .filter(Boolean)
        .map((id, index) => ({ id, number: index + 1, date: dayDate(index) })),
    [dayIds, dayDate],
  );
  const dragged =
    drag.activeId === null
      ? undefined
      : view.flatMap((day) => day.cards).find((card) => card.id === drag.activeId);

  return (
    <div className={showHomeTimes ? 'planner shows-home-times' : 'planner'}>
      <TimeZonesBar
        days={days}
        startDate={meta.startDate}
        zones={zones}
        showHomeTimes={showHomeTimes}
        onShowHomeTimesChange={(shown) => void preferences.update({ showHomeTimes: shown })}
      />
      <DndContext {...drag.contextProps} accessibility={accessibility}>
        <div ref={boardRef} className="planner-board" role="group" aria-label={t('boardLabel')}>
          {view.map((day, index) => (
            <DayColumn
              key={day.id}
              day={day}
              date={choices[index]?.date ?? ''}
              days={choices}
              actions={planner.actions}
              onAdd={planner.add}
              onTimesChange={planner.setDayTimes}
              flags={flagsByDay.get(day.id) ?? NO_FLAGS}
              balanceHref={balanceHref}
            />
          ))}
        </div>
        <DragOverlay>{dragged === undefined ? null : <DraggedCard card={dragged} />}</DragOverlay>
      </DndContext>
      <WeekTotals days={days} aside={<RecentlyDeleted />} />
      <div className="visually-hidden" aria-live="polite">
        {announcement}
      </div>
    </div>
  );
}
