import './today.css';

import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { isBreakType } from '../../../../shared/model/schema';
import type { Block } from '../../../../shared/model/types';
import { dayMoment, programDayIndex } from '../../../../shared/schedule/delivery';
import { formatClock } from '../../../../shared/schedule/time';
import type { ScheduledBlock } from '../../../../shared/schedule/timeline';
import { venueNow } from '../../../../shared/schedule/venue-clock';
import { Button, SelectField } from '../../components';
import { useDayDate, useFormatMinutes } from '../../i18n/format';
import { useCoTutors, useDays, useMeta } from '../../program';
import { DeliveryNotes } from '../session/DeliveryNotes';
import { Countdown } from './Countdown';
import { DayAgenda } from './DayAgenda';
import { RunningLate } from './RunningLate';
import { MINUTE, useAlignedNow } from './use-aligned-now';
import { useLargeType } from './use-large-type';

/**
 * Running the day on site: the venue's clock, the day's agenda with a line at
 * now, the session in progress with a countdown per stage, what comes next and
 * who facilitates it; "we are running late"; and, after a session, how it went.
 * The view follows the minute; only the countdowns follow the second.
 */
export function TodayView({ onOpenSession }: { onOpenSession: (blockId: string) => void }) {
  const { t } = useTranslation('today');
  const { t: tc } = useTranslation('common');
  const meta = useMeta();
  const days = useDays();
  const coTutors = useCoTutors();
  const dayDate = useDayDate(meta.startDate);
  const formatMinutes = useFormatMinutes();
  const [large, setLarge] = useLargeType();
  const now = useAlignedNow(MINUTE);
  const venue = venueNow(new Date(now), meta.timeZone);
  const todayIndex = programDayIndex(meta.startDate, days.length, venue.date);
  // Outside the week any day can be rehearsed, at the venue's time of day.
  const [chosen, setChosen] = useState<number | null>(null);
  const dayIndex = Math.min(chosen ?? todayIndex ?? 0, Math.max(0, days.length - 1));
  const day = days[dayIndex];
  const atMin = Math.floor(venue.seconds / 60);
  const moment = useMemo(
    () => (day === undefined ? null : dayMoment(day, day.blocks, venue.seconds)),
    // The minute is what moves the view; seconds within it change nothing here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [day, atMin],
  );
  const names = useMemo(() => new Map(coTutors.map((tutor) => [tutor.id, tutor.name])), [coTutors]);
  const facilitatorsOf = (block: Block) =>
    block.facilitators.flatMap((id) => names.get(id) ?? []).join(', ');

  if (day === undefined || moment === null) return null;
  const blockOf = (time: ScheduledBlock | null) =>
    time === null ? undefined : day.blocks.find((block) => block.id === time.id);
  const current = moment.current;
  const currentBlock = blockOf(current?.block ?? null);
  const nextBlock = blockOf(moment.next);
  // How it went: the session in progress, or else the last one that has ended.
  const reviewed =
    currentBlock !== undefined && !isBreakType(currentBlock.type)
      ? currentBlock
      : [...moment.schedule.blocks]
          .reverse()
          .map((time) => (time.end <= atMin ? blockOf(time) : undefined))
          .find((block) => block !== undefined && !isBreakType(block.type));
  const title = (block: Block) => (block.title.trim() === '' ? t('untitled') : block.title);
  const live = todayIndex === dayIndex;

  return (
    <div className={large ? 'today today--large' : 'today'}>
      <header className="today-header">
        <div className="today-heading">
          <h2 className="today-title">
            {t('dayHeading', { number: dayIndex + 1, date: dayDate(dayIndex) })}
          </h2>
          <VenueClockLine seconds={venue.seconds} place={meta.venueCity || meta.timeZone} />
        </div>
        <div className="today-controls">
          {todayIndex === null ? (
            <p className="today-outside" role="status">
              {t('outsideWeek')}
            </p>
          ) : null}
          <SelectField
            label={t(todayIndex === null ? 'rehearseDay' : 'showDay')}
            value={String(dayIndex)}
            options={days.map((_, index) => ({
              value: String(index),
              label: t('dayOption', { number: index + 1, date: dayDate(index) }),
            }))}
            onChange={(value) => setChosen(Number(value))}
          />
          <Button aria-pressed={large} onClick={() => setLarge(!large)}>
            {t('largeType')}
          </Button>
        </div>
      </header>
      {live ? null : (
        <p className="today-rehearsal" role="note">
          {t('rehearsal', { time: formatClock(atMin) })}
        </p>
      )}
      <div className="today-body">
        <div className="today-main">
          <section className="today-panel today-now" aria-labelledby="today-now-title">
            <h2 id="today-now-title" className="today-panel-title">
              {t('now.title')}
            </h2>
            {current === null || currentBlock === undefined ? (
              <p className="today-idle">{t('now.nothing')}</p>
            ) : (
              <>
                <p className="today-session">
                  <button
                    type="button"
                    className="link-button today-session-title"
                    onClick={() => onOpenSession(currentBlock.id)}
                  >
                    {title(currentBlock)}
                  </button>
                  <span className="today-session-meta">
                    {tc(`blockType.${currentBlock.type}`)} ·{' '}
                    {t('until', { time: formatClock(current.block.end) })}
                  </span>
                </p>
                {facilitatorsOf(currentBlock) === '' ? null : (
                  <p className="today-facilitators">
                    {t('facilitators', { names: facilitatorsOf(currentBlock) })}
                  </p>
                )}
                {current.stage === null ? null : (
                  <Countdown
                    key={current.stage.id}
                    end={current.stage.end}
                    total={current.stage.end - current.stage.start}
                    timeZone={meta.timeZone}
                    label={t('stage', {
                      number: current.stage.index + 1,
                      total: currentBlock.stages.length,
                      phase: tc(`phase.${currentBlock.stages[current.stage.index]!.phase}`),
                    })}
                  />
                )}
                <Countdown
                  key={current.block.id}
                  end={current.block.end * 60}
                  total={(current.block.end - current.block.start) * 60}
                  timeZone={meta.timeZone}
                  label={t(isBreakType(currentBlock.type) ? 'breakLeft' : 'sessionLeft')}
                />
                {currentBlock.stages.length === 0 ? null : (
                  <ol className="today-stages" aria-label={t('stages')}>
                    {currentBlock.stages.map((stage, index) => (
                      <li
                        key={stage.id}
                        aria-current={index === current.stage?.index ? 'step' : undefined}
                      >
                        <span className="today-stage-phase">{tc(`phase.${stage.phase}`)}</span>
                        <span className="today-stage-minutes">{formatMinutes(stage.minutes)}</span>
                        {stage.facilitatorActions.trim() === '' ? null : (
                          <span className="today-stage-actions">{stage.facilitatorActions}</span>
                        )}
                      </li>
                    ))}
                  </ol>
                )}
              </>
            )}
          </section>
          <section className="today-panel today-next" aria-labelledby="today-next-title">
            <h2 id="today-next-title" className="today-panel-title">
              {t('next.title')}
            </h2>
            {moment.next === null || nextBlock === undefined ? (
              <p className="today-idle">{t('next.nothing')}</p>
            ) : (
              <p className="today-session">
                <span className="today-session-title">{title(nextBlock)}</span>
                <span className="today-session-meta">
                  {t('at', { time: formatClock(moment.next.start) })}
                  {facilitatorsOf(nextBlock) === ''
                    ? null
                    : ` · ${t('facilitators', { names: facilitatorsOf(nextBlock) })}`}
                </span>
              </p>
            )}
          </section>
          {/* A rehearsal looks at a day; only the day being delivered is put back. */}
          {live ? <RunningLate dayId={day.id} atMin={atMin} /> : null}
          {reviewed === undefined ? null : (
            <section className="today-panel" aria-labelledby="today-review-title">
              <h2 id="today-review-title" className="today-panel-title">
                {t('review.title', { title: title(reviewed) })}
              </h2>
              <DeliveryNotes key={reviewed.id} block={reviewed} />
            </section>
          )}
        </div>
        <section className="today-panel today-agenda" aria-labelledby="today-agenda-title">
          <h2 id="today-agenda-title" className="today-panel-title">
            {t('agenda.title')}
          </h2>
          <DayAgenda
            blocks={day.blocks}
            times={moment.schedule.blocks}
            currentId={current?.block.id ?? null}
            atMin={atMin}
            facilitatorsOf={facilitatorsOf}
          />
        </section>
      </div>
    </div>
  );
}

function VenueClockLine({ seconds, place }: { seconds: number; place: string }) {
  const { t } = useTranslation('today');
  return (
    <p className="venue-clock">
      <span className="venue-clock-time" data-testid="venue-clock">
        {formatClock(Math.floor(seconds / 60))}
      </span>
      <span className="venue-clock-place">{t('clock.at', { place })}</span>
    </p>
  );
}
