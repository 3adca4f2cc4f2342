import { type CoTutor } from '../../../../shared/model/records/co-tutor';
import { type BlockType, isBreakType } from '../../../../shared/model/schema';
import { type Day } from '../../../../shared/model/types';
import { type DaySchedule, scheduleDay } from '../../../../shared/schedule/timeline';
import { type DayTotals, dayTotals } from '../../../../shared/schedule/totals';
import type { DayOrder } from './arrangement';
import { type BlockKind, kindOf } from './block-kind';

/**
 * What the planner shows, computed once per change of the week (or of the drag
 * preview): each card's plain values, so memoised cards compare them cheaply.
 */
export type CardView = {
  id: string;
  type: BlockType;
  kind: BlockKind;
  isBreak: boolean;
  title: string;
  durationMin: number;
  fixedStart: number | null;
  facilitatorNames: string;
  start: number;
  end: number;
  gapBefore: number;
  overlapBefore: number;
  /** The start and end on the home clock; null when it reads as the venue's. */
  homeStart: number | null;
  homeEnd: number | null;
  /** Minutes it ran over (below 0: was shortened) on the day of delivery. */
  overrunMin: number;
};

export type DayView = {
  id: string;
  /** 1-based, as co-tutors count the days of a module. */
  number: number;
  startMin: number;
  plannedEndMin: number;
  schedule: Omit<DaySchedule, 'blocks'>;
  totals: DayTotals;
  cards: CardView[];
  /** The day's start and planned end on the home clock; null when it reads as the venue's. */
  home: { start: number; plannedEnd: number } | null;
};

/** A venue time of the n-th day (0-based) on the home clock, or null (use-time-zones.ts). */
export type HomeClockOf = (dayIndex: number, minutes: number) => number | null;

const NO_HOME: HomeClockOf = () => null;

export function orderOf(days: readonly Day[]): DayOrder[] {
  return days.map((day) => ({ dayId: day.id, blockIds: day.blocks.map((block) => block.id) }));
}

/**
 * The week as shown: the document's days with their cards in `order` (the drag
 * preview, if any) and their times from `timing`, the order the user sees while
 * a sortable list shifts cards aside for the dragged one.
 */
export function weekView(
  days: readonly Day[],
  order: readonly DayOrder[],
  coTutors: readonly CoTutor[],
  timing: readonly DayOrder[] = order,
  homeOf: HomeClockOf = NO_HOME,
): DayView[] {
  const names = new Map(coTutors.map((tutor) => [tutor.id, tutor.name]));
  const blocks = new Map(
    days.flatMap((day) => day.blocks.map((block) => [block.id, block] as const)),
  );
  const blocksIn = (orders: readonly DayOrder[], dayId: string) =>
    (orders.find((entry) => entry.dayId === dayId)?.blockIds ?? []).flatMap(
      (id) => blocks.get(id) ?? [],
    );
  return days.map((day, index) => {
    const timed = blocksIn(timing, day.id);
    const { blocks: times, ...schedule } = scheduleDay(day, timed);
    const timeOf = new Map(times.map((time) => [time.id, time]));
    const homeStart = homeOf(index, day.startMin);
    const homePlannedEnd = homeOf(index, schedule.plannedEnd);
    return {
      id: day.id,
      number: index + 1,
      startMin: day.startMin,
      plannedEndMin: day.plannedEndMin,
      schedule,
      totals: dayTotals({ blocks: timed }),
      home:
        homeStart === null || homePlannedEnd === null
          ? null
          : { start: homeStart, plannedEnd: homePlannedEnd },
      cards: blocksIn(order, day.id).map((block) => {
        const time = timeOf.get(block.id);
        const start = time?.start ?? day.startMin;
        const end = time?.end ?? day.startMin;
        return {
          id: block.id,
          type: block.type,
          kind: kindOf(block.type),
          isBreak: isBreakType(block.type),
          title: block.title,
          durationMin: block.durationMin,
          fixedStart: block.fixedStart,
          facilitatorNames: block.facilitators.flatMap((id) => names.get(id) ?? []).join(', '),
          start,
          end,
          gapBefore: time?.gapBefore ?? 0,
          overlapBefore: time?.overlapBefore ?? 0,
          homeStart: homeOf(index, start),
          homeEnd: homeOf(index, end),
          overrunMin: block.overrunMin,
        };
      }),
    };
  });
}
