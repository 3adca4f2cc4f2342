import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';

import type { Block } from '../../../../shared/model/types';
import { formatClock } from '../../../../shared/schedule/time';
import type { ScheduledBlock } from '../../../../shared/schedule/timeline';
import { useFormatMinutes } from '../../i18n/format';

/**
 * The day's blocks at their times as delivered, the one in progress marked,
 * and a line where "now" falls. An overlap in front of a fixed-time block
 * (the bus, a booked lunch) is said in words, as the planner says it.
 */
export function DayAgenda({
  blocks,
  times,
  currentId,
  atMin,
  facilitatorsOf,
}: {
  blocks: readonly Block[];
  times: readonly ScheduledBlock[];
  currentId: string | null;
  atMin: number;
  facilitatorsOf: (block: Block) => string;
}) {
  const { t } = useTranslation('today');
  const { t: tp } = useTranslation('planner');
  const { t: tc } = useTranslation('common');
  const formatMinutes = useFormatMinutes();
  const timeOf = new Map(times.map((time) => [time.id, time]));
  // The line goes before the first block still to come, unless one is in progress.
  const lineBefore =
    currentId === null ? (times.find((time) => time.start > atMin)?.id ?? null) : null;
  const line = (
    <li className="now-line" aria-label={t('agenda.now', { time: formatClock(atMin) })}>
      <span aria-hidden="true">{formatClock(atMin)}</span>
    </li>
  );
  return (
    <ol className="day-agenda" aria-label={t('agenda.label')}>
      {blocks.map((block) => {
        const time = timeOf.get(block.id);
        if (time === undefined) return null;
        const current = block.id === currentId;
        const names = facilitatorsOf(block);
        return (
          <Fragment key={block.id}>
            {lineBefore === block.id ? line : null}
            <li
              className="agenda-block"
              data-current={current ? 'true' : undefined}
              aria-current={current ? 'time' : undefined}
            >
              <span className="agenda-time">
                {tp('time.range', { start: formatClock(time.start), end: formatClock(time.end) })}
              </span>
              <span className="agenda-title">
                {block.title.trim() === '' ? tp('block.untitled') : block.title}
              </span>
              <span className="agenda-meta">
                {tc(`blockType.${block.type}`)}
                {names === '' ? null : ` · ${names}`}
              </span>
              {time.fixed ? (
                <span className="agenda-fixed">
                  {tp('block.fixedAt', { time: formatClock(time.start) })}
                </span>
              ) : null}
              {time.overlapBefore > 0 ? (
                <span className="agenda-overlap" role="note">
                  {tp('block.overlapBefore', { duration: formatMinutes(time.overlapBefore) })}
                </span>
              ) : null}
              {block.overrunMin !== 0 ? (
                <span className="agenda-overrun">
                  {block.overrunMin > 0
                    ? t('agenda.ranOver', { duration: formatMinutes(block.overrunMin) })
                    : t('agenda.shortened', { duration: formatMinutes(-block.overrunMin) })}
                </span>
              ) : null}
              {current ? <span className="visually-hidden">{t('agenda.inProgress')}</span> : null}
            </li>
          </Fragment>
        );
      })}
      {currentId === null && lineBefore === null ? line : null}
    </ol>
  );
}
