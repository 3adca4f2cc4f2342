import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { memo, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';

import type { BlockType } from '../../../../shared/model/schema';
import { AddBlockMenu } from './AddBlockMenu';
import { BlockCard } from './BlockCard';
import { DayFooter } from './DayFooter';
import { DayHeader } from './DayHeader';
import type { CardActions, DayChoice } from './planner-actions';
import type { DayView } from './week-view';

type DayColumnProps = {
  day: DayView;
  date: string;
  days: readonly DayChoice[];
  actions: CardActions;
  onAdd: (dayId: string, type: BlockType) => void;
  onTimesChange: (dayId: string, times: { startMin: number; plannedEndMin: number }) => void;
  /** The explanations of the day's gentle flags. */
  flags: readonly string[];
  balanceHref: string;
};

/** One day: its header, its blocks in time order (a sortable list and a drop zone), its totals. */
export const DayColumn = memo(function DayColumn({
  day,
  date,
  days,
  actions,
  onAdd,
  onTimesChange,
  flags,
  balanceHref,
}: DayColumnProps) {
  const { t } = useTranslation('planner');
  const headingId = useId();
  const { setNodeRef, isOver } = useDroppable({ id: day.id, data: { kind: 'day' } });
  const ids = useMemo(() => day.cards.map((card) => card.id), [day.cards]);

  return (
    <section className="day-column" aria-labelledby={headingId}>
      <DayHeader
        day={day}
        date={date}
        headingId={headingId}
        onTimesChange={onTimesChange}
        flags={flags}
        balanceHref={balanceHref}
      />
      <SortableContext id={day.id} items={ids} strategy={verticalListSortingStrategy}>
        <ul
          ref={setNodeRef}
          className={isOver ? 'day-blocks is-over' : 'day-blocks'}
          aria-label={t('day.blocks', { number: day.number })}
        >
          {day.cards.map((card) => (
            <BlockCard key={card.id} card={card} dayId={day.id} days={days} actions={actions} />
          ))}
          {day.cards.length === 0 ? <li className="day-empty">{t('day.empty')}</li> : null}
        </ul>
      </SortableContext>
      <div className="day-add">
        <AddBlockMenu dayId={day.id} dayNumber={day.number} onAdd={onAdd} />
      </div>
      <DayFooter day={day} />
    </section>
  );
});
