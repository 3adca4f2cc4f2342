import './block-card.css';
import './planner-slot.css';

import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { type KeyboardEvent, memo, useId } from 'react';
import { useTranslation } from 'react-i18next';

import { formatClock } from '../../../../shared/schedule/time';
import { useFormatMinutes } from '../../i18n/format';
import { BlockPresence } from '../presence/BlockPresence';
import type { Step } from './arrangement';
import { BlockMenu } from './BlockMenu';
import { CardFace, useTimeRange } from './CardFace';
import { GripIcon, WarningIcon } from './icons';
import type { CardActions, DayChoice } from './planner-actions';
import type { CardView } from './week-view';

type BlockCardProps = {
  card: CardView;
  dayId: string;
  days: readonly DayChoice[];
  actions: CardActions;
};

const STEP_OF_KEY: Partial<Record<string, Step>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'previous-day',
  ArrowRight: 'next-day',
};

/**
 * One block in a day column. The whole card can be dragged with the pointer (a
 * few pixels of movement first, so a click still opens it); by keyboard the drag
 * starts only from the handle, which also takes Alt+arrow shortcuts.
 */
export const BlockCard = memo(
  function BlockCard({ card, dayId, days, actions }: BlockCardProps) {
    const { t } = useTranslation('planner');
    const {
      setNodeRef,
      setActivatorNodeRef,
      listeners,
      attributes,
      transform,
      transition,
      isDragging,
    } = useSortable({
      id: card.id,
      data: { kind: 'block', dayId },
      attributes: { roleDescription: t('dnd.roleDescription') },
    });
    const style = {
      transform: CSS.Translate.toString(transform),
      transition,
    };
    const title = card.title.trim() === '' ? t('block.untitled') : card.title;

    const onHandleKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
      const step =
        event.altKey && !event.ctrlKey && !event.metaKey ? STEP_OF_KEY[event.key] : undefined;
      if (step === undefined || isDragging) return;
      event.preventDefault();
      event.stopPropagation();
      actions.step(card.id, step);
    };

    return (
      <li
        ref={setNodeRef}
        style={style}
        className={isDragging ? 'planner-slot is-placeholder' : 'planner-slot'}
        {...listeners}
      >
        <SlotNotice
          gapBefore={card.gapBefore}
          overlapBefore={card.overlapBefore}
          fixedStart={card.fixedStart}
        />
        <div
          className={card.isBreak ? 'block-card block-card-break' : 'block-card'}
          data-kind={card.kind}
        >
          <button
            ref={setActivatorNodeRef}
            type="button"
            className="card-handle"
            {...attributes}
            aria-label={t('block.move', { title })}
            data-focus-key={`handle:${card.id}`}
            onKeyDown={onHandleKeyDown}
          >
            <GripIcon />
          </button>
          <CardBody card={card} title={title} onOpen={actions.open} />
          <BlockMenu blockId={card.id} title={title} dayId={dayId} days={days} actions={actions} />
          <BlockPresence blockId={card.id} />
        </div>
      </li>
    );
  },
  (before, after) =>
    before.dayId === after.dayId &&
    before.days === after.days &&
    before.actions === after.actions &&
    sameCard(before.card, after.card),
);

function sameCard(a: CardView, b: CardView): boolean {
  return a === b || (Object.keys(a) as (keyof CardView)[]).every((key) => a[key] === b[key]);
}

/**
 * The card's open button, memoised on the card's values: during a drag every
 * sortable item re-renders, but only the cards whose times changed redraw.
 */
const CardBody = memo(
  function CardBody({
    card,
    title,
    onOpen,
  }: {
    card: CardView;
    title: string;
    onOpen: (blockId: string) => void;
  }) {
    const { t } = useTranslation('planner');
    const { t: tc } = useTranslation('common');
    const detailsId = useId();
    const { range, nextDay } = useTimeRange()(card.start, card.end);
    const time = nextDay === null ? range : `${range} ${nextDay}`;
    return (
      <button
        type="button"
        className="card-open"
        aria-label={t('block.name', { time, type: tc(`blockType.${card.type}`), title })}
        aria-describedby={detailsId}
        title={title}
        data-focus-key={`open:${card.id}`}
        onClick={() => onOpen(card.id)}
      >
        <CardFace card={card} detailsId={detailsId} />
      </button>
    );
  },
  (before, after) =>
    before.title === after.title &&
    before.onOpen === after.onOpen &&
    sameCard(before.card, after.card),
);

/** The free time or the overlap before a fixed-time block, shown above it. */
function SlotNotice({
  gapBefore,
  overlapBefore,
  fixedStart,
}: Pick<CardView, 'gapBefore' | 'overlapBefore' | 'fixedStart'>) {
  const { t } = useTranslation('planner');
  const formatMinutes = useFormatMinutes();
  if (fixedStart === null) return null;
  if (overlapBefore > 0) {
    return (
      <p className="slot-notice slot-overlap">
        <WarningIcon className="icon icon-small" />
        {t('block.overlapBefore', { duration: formatMinutes(overlapBefore) })}
      </p>
    );
  }
  if (gapBefore > 0) {
    return (
      <p className="slot-notice slot-gap">
        {t('block.gapBefore', {
          duration: formatMinutes(gapBefore),
          time: formatClock(fixedStart),
        })}
      </p>
    );
  }
  return null;
}
