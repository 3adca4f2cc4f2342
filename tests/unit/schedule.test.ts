import { describe, expect, it } from 'vitest';

import { newBlock, newStage } from '../../shared/model/defaults';
import { dayDate, isIsoDate, nextMonday } from '../../shared/schedule/dates';
import { clockDayOffset, formatClock, parseClock } from '../../shared/schedule/time';
import { scheduleDay, type TimedBlock } from '../../shared/schedule/timeline';
import {
  dayTotals,
  minutesByLearningType,
  minutesByType,
  stagesMismatch,
} from '../../shared/schedule/totals';

const day = { startMin: 9 * 60, plannedEndMin: 17 * 60 };
const block = (id: string, durationMin: number, fixedStart: number | null = null): TimedBlock => ({
  id,
  durationMin,
  fixedStart,
});
const times = (blocks: readonly TimedBlock[], d = day) =>
  scheduleDay(d, blocks).blocks.map((b) => `${formatClock(b.start)}-${formatClock(b.end)}`);

describe('start times follow from the day start and the durations', () => {
  it('runs blocks back to back from the start', () => {
    expect(times([block('a', 90), block('b', 15), block('c', 60)])).toEqual([
      '09:00-10:30',
      '10:30-10:45',
      '10:45-11:45',
    ]);
  });

  it('moves every later block when a duration changes', () => {
    const before = times([block('a', 90), block('b', 15), block('c', 60)]);
    const after = times([block('a', 120), block('b', 15), block('c', 60)]);
    expect(before[2]).toBe('10:45-11:45');
    expect(after.slice(1)).toEqual(['11:00-11:15', '11:15-12:15']);
  });

  it('lets a zero-minute block (pre-work) take no time', () => {
    const schedule = scheduleDay(day, [block('pre', 0), block('a', 60)]);
    expect(schedule.blocks.map((b) => [b.start, b.end])).toEqual([
      [540, 540],
      [540, 600],
    ]);
  });

  it('handles an empty day', () => {
    const schedule = scheduleDay(day, []);
    expect(schedule).toMatchObject({ blocks: [], end: 540, overrun: 0, pastMidnight: false });
  });
});

describe('fixed-time blocks', () => {
  it('keep their time and report the gap before them', () => {
    const schedule = scheduleDay(day, [
      block('a', 45),
      block('visit', 120, 10 * 60),
      block('b', 30),
    ]);
    expect(schedule.blocks[1]).toMatchObject({
      start: 600,
      end: 720,
      fixed: true,
      gapBefore: 15,
      overlapBefore: 0,
    });
    expect(schedule.blocks[2]).toMatchObject({ start: 720, end: 750 });
  });

  it('keep their time and report the overlap before them', () => {
    const schedule = scheduleDay(day, [block('a', 90), block('lunch', 60, 10 * 60)]);
    expect(schedule.blocks[1]).toMatchObject({ start: 600, overlapBefore: 30, gapBefore: 0 });
  });

  it('after an overlap, the next block starts when the later of the two ends', () => {
    const schedule = scheduleDay(day, [
      block('a', 180),
      block('short', 15, 10 * 60),
      block('b', 30),
    ]);
    // a runs 09:00–12:00; the fixed block 10:00–10:15 lies inside it; b follows a.
    expect(schedule.blocks[2]).toMatchObject({ start: 720, end: 750 });
  });

  it('a fixed block exactly at the cursor has neither gap nor overlap', () => {
    const schedule = scheduleDay(day, [block('a', 60), block('fixed', 60, 10 * 60)]);
    expect(schedule.blocks[1]).toMatchObject({ gapBefore: 0, overlapBefore: 0 });
  });
});

describe('days that run long', () => {
  it('flags a day running past its planned end', () => {
    const schedule = scheduleDay(day, [block('a', 240), block('b', 240), block('c', 25)]);
    expect(schedule.overrun).toBe(25);
  });

  it('runs past midnight with times after 24:00 and a day offset', () => {
    const evening = { startMin: 20 * 60, plannedEndMin: 23 * 60 };
    const schedule = scheduleDay(evening, [block('dinner', 180), block('late', 90)]);
    expect(schedule.pastMidnight).toBe(true);
    expect(schedule.end).toBe(24 * 60 + 30);
    expect(formatClock(schedule.end)).toBe('00:30');
    expect(clockDayOffset(schedule.end)).toBe(1);
    expect(schedule.overrun).toBe(90);
  });

  it('reads a planned end before the start as the next morning', () => {
    const night = { startMin: 22 * 60, plannedEndMin: 2 * 60 };
    const schedule = scheduleDay(night, [block('a', 180)]);
    expect(schedule.plannedEnd).toBe(26 * 60);
    expect(schedule.overrun).toBe(0);
  });

  it('places a fixed time after midnight on the next morning', () => {
    const evening = { startMin: 21 * 60, plannedEndMin: 23 * 60 };
    const schedule = scheduleDay(evening, [block('a', 160), block('bus', 30, 30)]);
    // a ends 23:40; the bus at 00:30 is fifty minutes later, not a day earlier.
    expect(schedule.blocks[1]).toMatchObject({ start: 24 * 60 + 30, gapBefore: 50 });
  });

  it('schedules sixty blocks in order', () => {
    const blocks = Array.from({ length: 60 }, (_, i) => block(`b${i}`, 10 + (i % 3) * 5));
    const schedule = scheduleDay(day, blocks);
    expect(schedule.blocks).toHaveLength(60);
    for (let i = 1; i < 60; i++)
      expect(schedule.blocks[i]!.start).toBe(schedule.blocks[i - 1]!.end);
    expect(schedule.end).toBe(540 + blocks.reduce((sum, b) => sum + b.durationMin, 0));
  });
});

describe('typed times', () => {
  it('accepts the usual ways of writing a time', () => {
    for (const text of ['9:30', '09:30', '9.30', '9h30', '0930', ' 09:30 ']) {
      expect(parseClock(text)).toEqual({ ok: true, value: 570 });
    }
  });

  it('refuses impossible times', () => {
    expect(parseClock('')).toEqual({ ok: false, error: 'empty' });
    expect(parseClock('24:00')).toEqual({ ok: false, error: 'range' });
    expect(parseClock('12:60')).toEqual({ ok: false, error: 'range' });
    expect(parseClock('noon')).toEqual({ ok: false, error: 'format' });
    expect(parseClock('-1:00')).toEqual({ ok: false, error: 'format' });
  });
});

describe('totals', () => {
  const blocks = [
    newBlock('workshop', {
      durationMin: 90,
      stages: [
        newStage('input', { minutes: 30, learningType: 'acquisition' }),
        newStage('practice', { minutes: 60, learningType: 'practice' }),
      ],
    }),
    newBlock('break', { durationMin: 15 }),
    newBlock('visit', { durationMin: 120 }),
    newBlock('lunch', { durationMin: 60 }),
  ];

  it('counts minutes of sessions and of breaks per day', () => {
    expect(dayTotals({ blocks })).toEqual({ sessionMin: 210, breakMin: 75 });
  });

  it('counts minutes per session type and per learning type over the week', () => {
    const byType = minutesByType([
      { blocks },
      { blocks: [newBlock('workshop', { durationMin: 45 })] },
    ]);
    expect(byType.workshop).toBe(135);
    expect(byType.visit).toBe(120);
    expect(byType.plenary).toBe(0);
    const byLearning = minutesByLearningType([{ blocks }]);
    expect(byLearning).toMatchObject({ acquisition: 30, practice: 60, discussion: 0 });
  });

  it('shows how far the stages are from the duration', () => {
    expect(stagesMismatch(blocks[0]!)).toBe(0);
    expect(stagesMismatch({ durationMin: 90, stages: [{ minutes: 80 }] })).toBe(-10);
    expect(stagesMismatch({ durationMin: 90, stages: [{ minutes: 100 }] })).toBe(10);
    expect(stagesMismatch({ durationMin: 90, stages: [] })).toBe(0);
  });
});

describe('dates', () => {
  it('numbers the days from the start date across months and years', () => {
    expect(dayDate('2026-05-11', 4)).toBe('2026-05-15');
    expect(dayDate('2026-12-30', 3)).toBe('2027-01-02');
    expect(dayDate('2028-02-28', 1)).toBe('2028-02-29');
  });

  it('checks dates', () => {
    expect(isIsoDate('2026-05-11')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate('11-05-2026')).toBe(false);
  });

  it('finds the next Monday', () => {
    expect(nextMonday(new Date(2026, 10, 22))).toBe('2026-11-23');
    expect(nextMonday(new Date(2026, 10, 23))).toBe('2026-11-23');
  });
});
