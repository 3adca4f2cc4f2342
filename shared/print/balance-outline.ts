import { balance, type Segment } from '../balance/balance';
import {
  INTERACTION_PATTERNS,
  LEARNING_TYPES,
  type LearningType,
  SESSION_TYPES,
} from '../model/schema';
import type { Program } from '../model/types';
import { formatDuration } from '../schedule/duration';
import type { ExportLabels } from './labels';

/** One bar: its label, its minutes as a number (for drawing) and in words, and its share. */
export type BalanceBar = { label: string; minutes: number; written: string; share: string };

export type BalanceChart = {
  title: string;
  column: string;
  bars: BalanceBar[];
  total: string;
  /** The longest bar's minutes, which the drawing scales to. */
  max: number;
};

export type BalanceDay = {
  label: string;
  segments: { type: LearningType; minutes: number; written: string }[];
  minutes: number;
  total: string;
};

/** The "Balance of the week" page of a program export: the charts of the Balance view, in words. */
export type BalanceOutline = {
  title: string;
  intro: string;
  minutes: string;
  share: string;
  total: string;
  charts: BalanceChart[];
  perDay: {
    title: string;
    column: string;
    types: { type: LearningType; label: string }[];
    days: BalanceDay[];
    max: number;
  };
};

export function balanceOutline(program: Program, labels: ExportLabels): BalanceOutline {
  const figures = balance(program);
  const words = labels.balance;
  const written = (minutes: number) => formatDuration(minutes, labels.duration);
  const chart = <K extends string>(
    title: string,
    column: string,
    keys: readonly K[],
    segments: Record<K, Segment>,
    labelOf: (key: K) => string,
  ): BalanceChart => {
    const total = keys.reduce((sum, key) => sum + segments[key].minutes, 0);
    return {
      title,
      column,
      bars: keys.map((key) => ({
        label: labelOf(key),
        minutes: segments[key].minutes,
        written: written(segments[key].minutes),
        share: total > 0 ? words.percent(segments[key].minutes / total) : '',
      })),
      total: written(total),
      max: Math.max(0, ...keys.map((key) => segments[key].minutes)),
    };
  };
  const usedTypes = SESSION_TYPES.filter((type) => figures.sessionTypes[type].minutes > 0);
  const days = figures.days.map((day) => ({
    label: labels.dayHeading(day.dayIndex + 1),
    segments: LEARNING_TYPES.map((type) => ({
      type,
      minutes: day.learningTypes[type].minutes,
      written: written(day.learningTypes[type].minutes),
    })),
    minutes: day.stageMin,
    total: written(day.stageMin),
  }));
  return {
    title: words.title,
    intro: words.intro,
    minutes: words.minutes,
    share: words.share,
    total: words.total,
    charts: [
      chart(
        words.learningTypes,
        words.learningTypeColumn,
        LEARNING_TYPES,
        figures.learningTypes,
        (type) => labels.learningTypes[type],
      ),
      chart(
        words.interactions,
        words.interactionColumn,
        INTERACTION_PATTERNS,
        figures.interactions,
        (pattern) => labels.interactions[pattern],
      ),
      chart(
        words.sessionTypes,
        words.sessionTypeColumn,
        usedTypes,
        figures.sessionTypes,
        (type) => labels.blockTypes[type],
      ),
    ],
    perDay: {
      title: words.perDay,
      column: words.dayColumn,
      types: LEARNING_TYPES.map((type) => ({ type, label: labels.learningTypes[type] })),
      days,
      max: Math.max(0, ...days.map((day) => day.minutes)),
    },
  };
}
