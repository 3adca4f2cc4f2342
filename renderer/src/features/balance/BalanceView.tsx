import './balance.css';

import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import type { Segment } from '../../../../shared/balance/balance';
import {
  INTERACTION_PATTERNS,
  LEARNING_TYPES,
  type LearningType,
  SESSION_TYPES,
} from '../../../../shared/model/schema';
import { ChartPanel } from './ChartPanel';
import { BarsChart, type DayColumn, DaysChart } from './charts';
import { CoverageGrid } from './CoverageGrid';
import { DaysTable } from './DaysTable';
import { FigureTable } from './FigureTable';
import { useFlagText } from './flag-text';
import { FlagList } from './FlagList';
import { learningFill, LearningPatterns, Swatch } from './palette';
import { type Behind, SessionsBehind } from './SessionsBehind';
import { useBalance } from './use-balance';

/** Bars of one series need no pattern: their label says what they are. */
const SINGLE_FILL = 'var(--accent)';

/**
 * The week's balance: minutes per learning type (over the week and per day),
 * interaction pattern and session type, the coverage grid of the session plans,
 * and the gentle flags. Every figure leads to the sessions behind it.
 */
export function BalanceView({ sessionHref }: { sessionHref: (blockId: string) => string }) {
  const { t } = useTranslation('balance');
  const { t: tc } = useTranslation('common');
  const { figures, flags, dismiss } = useBalance();
  const [behind, setBehind] = useState<Behind | null>(null);

  const sessions = useMemo(
    () => new Map(figures.sessions.map((session) => [session.blockId, session])),
    [figures.sessions],
  );
  const titleOf = useCallback(
    (blockId: string) => sessions.get(blockId)?.title.trim() || t('untitled'),
    [sessions, t],
  );
  const flagText = useFlagText(titleOf);
  const show = useCallback((label: string, segment: Segment) => {
    setBehind({ label, blockIds: segment.blockIds });
  }, []);
  const learningLabel = useCallback((type: LearningType) => tc(`learningType.${type}`), [tc]);
  const rowsOf = (of: typeof figures) => ({
    days: of.days.map((day): DayColumn => ({
      label: t('perDay.day', { number: day.dayIndex + 1 }),
      learningTypes: day.learningTypes,
    })),
    learning: LEARNING_TYPES.map((type) => ({
      key: type,
      label: learningLabel(type),
      segment: of.learningTypes[type],
      fill: learningFill(type),
    })),
    interaction: INTERACTION_PATTERNS.map((pattern) => ({
      key: pattern,
      label: tc(`interaction.${pattern}`),
      segment: of.interactions[pattern],
      fill: SINGLE_FILL,
    })),
    type: SESSION_TYPES.filter((type) => of.sessionTypes[type].minutes > 0).map((type) => ({
      key: type,
      label: tc(`blockType.${type}`),
      segment: of.sessionTypes[type],
      fill: SINGLE_FILL,
    })),
  });
  // After a change the figures, their tables, the grid and the flags come in
  // the next frame; the charts (milliseconds each to draw) follow just after,
  // from the same figures, without holding that frame back.
  const drawnFigures = useDeferredValue(figures);
  const rows = rowsOf(figures);
  const drawn = drawnFigures === figures ? rows : rowsOf(drawnFigures);
  const showDay = useCallback(
    (day: DayColumn, type: LearningType) =>
      show(`${day.label}, ${learningLabel(type)}`, day.learningTypes[type]),
    [show, learningLabel],
  );

  return (
    <div className="balance-view">
      <LearningPatterns />
      <header className="balance-header">
        <h2>{t('heading')}</h2>
        <p className="balance-note">{t('intro')}</p>
      </header>
      <FlagList flags={flags} textOf={flagText} sessionHref={sessionHref} onDismiss={dismiss} />
      {figures.stageMin === 0 ? <p className="balance-empty">{t('noStages')}</p> : null}
      {behind === null ? null : (
        <SessionsBehind
          behind={behind}
          sessions={sessions}
          titleOf={titleOf}
          sessionHref={sessionHref}
          onClose={() => setBehind(null)}
        />
      )}
      <div className="balance-charts">
        <ChartPanel
          title={t('learningTypes.title')}
          chartName={t('learningTypes.chart')}
          chart={<BarsChart rows={drawn.learning} onShow={show} />}
          table={
            <FigureTable
              caption={t('learningTypes.title')}
              column={t('learningTypes.column')}
              rows={rows.learning}
              onShow={show}
            />
          }
        />
        <ChartPanel
          title={t('perDay.title')}
          chartName={t('perDay.chart')}
          chart={
            <>
              <DaysChart days={drawn.days} labelOf={learningLabel} onShow={showDay} />
              <ul className="balance-legend" aria-hidden="true">
                {LEARNING_TYPES.map((type) => (
                  <li key={type}>
                    <Swatch type={type} />
                    {learningLabel(type)}
                  </li>
                ))}
              </ul>
            </>
          }
          table={
            <DaysTable
              caption={t('perDay.title')}
              days={rows.days}
              labelOf={learningLabel}
              onShow={showDay}
            />
          }
        />
        <ChartPanel
          title={t('interactions.title')}
          chartName={t('interactions.chart')}
          chart={<BarsChart rows={drawn.interaction} onShow={show} />}
          table={
            <FigureTable
              caption={t('interactions.title')}
              column={t('interactions.column')}
              rows={rows.interaction}
              onShow={show}
            />
          }
        />
        <ChartPanel
          title={t('sessionTypes.title')}
          chartName={t('sessionTypes.chart')}
          note={t('sessionTypes.note')}
          chart={<BarsChart rows={drawn.type} onShow={show} />}
          table={
            <FigureTable
              caption={t('sessionTypes.title')}
              column={t('sessionTypes.column')}
              rows={rows.type}
              onShow={show}
            />
          }
        />
      </div>
      <CoverageGrid
        coverage={figures.coverage}
        sessions={sessions}
        titleOf={titleOf}
        sessionHref={sessionHref}
      />
    </div>
  );
}
