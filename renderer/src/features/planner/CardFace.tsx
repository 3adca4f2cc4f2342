import { useTranslation } from 'react-i18next';

import { clockDayOffset, formatClock } from '../../../../shared/schedule/time';
import { useFormatMinutes } from '../../i18n/format';
import { CardComments } from '../comments/CardComments';
import { HomeTime, useHomeText } from './HomeTime';
import { GripIcon, PinIcon } from './icons';
import type { CardView } from './week-view';

/** "09:00–10:30", with the "+1 day" of a block that ends past midnight apart. */
export function useTimeRange(): (
  start: number,
  end: number,
) => { range: string; nextDay: string | null } {
  const { t } = useTranslation('planner');
  const { t: tc } = useTranslation('common');
  return (start, end) => {
    const offset = clockDayOffset(end);
    return {
      range: t('time.range', { start: formatClock(start), end: formatClock(end) }),
      nextDay: offset > 0 ? tc('time.nextDay', { count: offset }) : null,
    };
  };
}

/**
 * What a card shows: time, title, kind, duration, facilitators and the pin of a
 * fixed-time block. Used inside the card's open button and in the drag overlay.
 * `detailsId` names the part a screen reader reads as the button's description.
 */
export function CardFace({ card, detailsId }: { card: CardView; detailsId?: string }) {
  const { t } = useTranslation('planner');
  const { t: tc } = useTranslation('common');
  const formatMinutes = useFormatMinutes();
  const { range, nextDay } = useTimeRange()(card.start, card.end);
  const homeText = useHomeText();
  const title = card.title.trim() === '' ? t('block.untitled') : card.title;
  const time = (
    <span className="card-time">
      {range}
      {nextDay !== null ? <span className="card-next-day">{nextDay}</span> : null}
    </span>
  );
  // Shown on hover and focus, or always (the planner's "Show home times"); read
  // with the card's description either way.
  const home =
    card.homeStart === null || card.homeEnd === null ? null : (
      <HomeTime start={card.homeStart} end={card.homeEnd} className="card-home-time" />
    );
  const spokenHome =
    card.homeStart === null || card.homeEnd === null
      ? null
      : `, ${t('home.at', { time: homeText(card.homeStart, card.homeEnd) })}`;

  if (card.isBreak) {
    return (
      <span className="card-face card-face-break">
        {time}
        {home}
        <span className="card-title">{title}</span>
        {card.fixedStart !== null ? <PinIcon className="icon icon-small card-pin" /> : null}
        <OverrunMark minutes={card.overrunMin} />
        {/* The time range already shows how long a break is; the duration is for screen readers. */}
        <span className="visually-hidden" id={detailsId}>
          {formatMinutes(card.durationMin)}
          {card.fixedStart !== null
            ? `, ${t('block.fixedAt', { time: formatClock(card.fixedStart) })}`
            : null}
          {spokenHome}
        </span>
      </span>
    );
  }

  return (
    <span className="card-face">
      <span className="card-row">
        {time}
        {home}
        <span className="card-duration">{formatMinutes(card.durationMin)}</span>
      </span>
      <span className="card-title">{title}</span>
      <span className="card-details" id={detailsId}>
        <span className="visually-hidden">
          {formatMinutes(card.durationMin)}
          {spokenHome},{' '}
        </span>
        <span className="card-meta">
          <span className="card-type">{tc(`blockType.${card.type}`)}</span>
          {card.facilitatorNames !== '' ? (
            <span className="card-facilitators">
              <span className="visually-hidden">
                {t('block.facilitators', { names: card.facilitatorNames })}
              </span>
              <span aria-hidden="true">{card.facilitatorNames}</span>
            </span>
          ) : null}
        </span>
        {card.fixedStart !== null ? <FixedMark at={card.fixedStart} /> : null}
        <OverrunMark minutes={card.overrunMin} />
        <CardComments blockId={card.id} />
      </span>
    </span>
  );
}

function FixedMark({ at }: { at: number }) {
  const { t } = useTranslation('planner');
  return (
    <span className="card-fixed">
      <PinIcon className="icon icon-small" />
      {t('block.fixedAt', { time: formatClock(at) })}
    </span>
  );
}

/** Why the times after a block moved on the day it was delivered (docs/today.md). */
function OverrunMark({ minutes }: { minutes: number }) {
  const { t } = useTranslation('planner');
  const formatMinutes = useFormatMinutes();
  if (minutes === 0) return null;
  return (
    <span className="card-overrun">
      {minutes > 0
        ? t('block.ranOver', { duration: formatMinutes(minutes) })
        : t('block.shortened', { duration: formatMinutes(-minutes) })}
    </span>
  );
}

/** The card that follows the pointer (or the keyboard) while a block is dragged. */
export function DraggedCard({ card }: { card: CardView }) {
  return (
    <div
      className={card.isBreak ? 'block-card block-card-break is-dragged' : 'block-card is-dragged'}
      data-kind={card.kind}
    >
      <span className="card-handle" aria-hidden="true">
        <GripIcon />
      </span>
      <div className="card-open">
        <CardFace card={card} />
      </div>
      <span className="card-more" aria-hidden="true" />
    </div>
  );
}
