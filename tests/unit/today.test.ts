import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { createProgram } from '../../shared/model/create';
import { blankProgram, newBlock, newDay, newStage } from '../../shared/model/defaults';
import { programProblems } from '../../shared/model/invariants';
import { requireParts, rootOf } from '../../shared/model/layout';
import { migrate } from '../../shared/model/migrate';
import { runLate, shortenNextBreak } from '../../shared/model/mutations/delivery';
import { readDays } from '../../shared/model/read';
import { countdownTone, dayMoment, programDayIndex } from '../../shared/schedule/delivery';
import { formatClock } from '../../shared/schedule/time';
import { scheduleDay } from '../../shared/schedule/timeline';
import { venueNow } from '../../shared/schedule/venue-clock';

const at = (clock: string) => {
  const [hours, minutes] = clock.split(':').map(Number) as [number, number];
  return hours * 60 + minutes;
};

/** Day 1 from 09:00: a 90-minute workshop in three stages, coffee, a session, lunch booked at 12:30, an afternoon. */
function program() {
  const stages = [
    newStage('lead-in', { minutes: 20 }),
    newStage('input', { minutes: 40 }),
    newStage('practice', { minutes: 30 }),
  ];
  const blocks = [
    newBlock('workshop', { title: 'Scaffolding', durationMin: 90, stages }),
    newBlock('break', { title: 'Coffee', durationMin: 30 }),
    newBlock('input', { title: 'Input', durationMin: 60 }),
    newBlock('lunch', { title: 'Lunch', durationMin: 60, fixedStart: at('12:30') }),
    newBlock('workshop', { title: 'Afternoon', durationMin: 90 }),
  ];
  const plan = blankProgram({ title: 'Week', startDate: '2026-05-11' }, 5);
  plan.days[0] = newDay({ startMin: at('09:00'), plannedEndMin: at('17:00'), blocks });
  const doc = new Y.Doc();
  createProgram(doc, plan);
  const [workshop, coffee, input, lunch, afternoon] = blocks.map((block) => block.id) as [
    string,
    string,
    string,
    string,
    string,
  ];
  return { doc, dayId: plan.days[0]!.id, workshop, coffee, input, lunch, afternoon, stages };
}

function timesOf(doc: Y.Doc) {
  const day = readDays(doc)[0]!;
  const schedule = scheduleDay(day, day.blocks);
  return {
    day,
    schedule,
    times: schedule.blocks.map(
      (block) => `${formatClock(block.start)}-${formatClock(block.end)}+${block.overlapBefore}`,
    ),
  };
}

describe('the time at the venue', () => {
  it('is the date and time of day in the venue zone, not the computer’s', () => {
    // 03:30 UTC is 08:30 in Almaty (UTC+5) and still the day before in New York.
    const instant = new Date('2026-05-11T03:30:15Z');
    expect(venueNow(instant, 'Asia/Almaty')).toEqual({
      date: '2026-05-11',
      seconds: 8.5 * 3600 + 15,
    });
    expect(venueNow(instant, 'America/New_York')).toEqual({
      date: '2026-05-10',
      seconds: 23.5 * 3600 + 15,
    });
  });

  it('reads an unknown zone as UTC', () => {
    expect(venueNow(new Date('2026-05-11T00:00:00Z'), 'Mars/Olympus')).toEqual({
      date: '2026-05-11',
      seconds: 0,
    });
  });

  it('names the program day of a date, or none outside the week', () => {
    expect(programDayIndex('2026-05-11', 5, '2026-05-11')).toBe(0);
    expect(programDayIndex('2026-05-11', 5, '2026-05-15')).toBe(4);
    expect(programDayIndex('2026-05-11', 5, '2026-05-16')).toBeNull();
    expect(programDayIndex('2026-05-11', 5, '2026-05-10')).toBeNull();
  });
});

describe('where the day has got to', () => {
  it('finds the block, its stage and the next block at an instant', () => {
    const { doc, workshop, coffee, stages } = program();
    const day = readDays(doc)[0]!;
    const moment = dayMoment(day, day.blocks, at('09:25') * 60);
    expect(moment.current?.block.id).toBe(workshop);
    expect(moment.current?.stage?.id).toBe(stages[1]!.id);
    expect(moment.current?.stage?.remaining).toBe(35 * 60);
    expect(moment.next?.id).toBe(coffee);

    const between = dayMoment(day, day.blocks, at('10:30') * 60);
    expect(between.current?.block.id).toBe(coffee);
    expect(between.current?.stage).toBeNull();
    const before = dayMoment(day, day.blocks, at('08:00') * 60);
    expect(before.current).toBeNull();
    expect(before.next?.id).toBe(workshop);
  });

  it('colours a countdown green, amber at a fifth left and red at a twentieth', () => {
    expect(countdownTone(21, 100)).toBe('green');
    expect(countdownTone(20, 100)).toBe('amber');
    expect(countdownTone(6, 100)).toBe('amber');
    expect(countdownTone(5, 100)).toBe('red');
    expect(countdownTone(-30, 100)).toBe('red');
    // A 20-minute lead-in turns amber with 4 minutes left, red with 1.
    const { doc } = program();
    const day = readDays(doc)[0]!;
    const tone = (clock: string) => dayMoment(day, day.blocks, at(clock) * 60).current?.stage?.tone;
    expect(tone('09:15')).toBe('green');
    expect(tone('09:16')).toBe('amber');
    expect(tone('09:19')).toBe('red');
  });
});

describe('running late', () => {
  it('puts the rest of the day back, keeps the fixed-time lunch and reports the overlap', () => {
    const { doc, dayId, workshop } = program();
    expect(timesOf(doc).times).toEqual([
      '09:00-10:30+0',
      '10:30-11:00+0',
      '11:00-12:00+0',
      '12:30-13:30+0',
      '13:30-15:00+0',
    ]);
    expect(runLate(doc, dayId, at('10:00'), 15, null)).toBe(true);
    expect(runLate(doc, dayId, at('10:05'), 30, null)).toBe(true);
    const { day, times } = timesOf(doc);
    expect(times).toEqual([
      '09:00-11:15+0',
      '11:15-11:45+0',
      '11:45-12:45+0',
      '12:30-13:30+15',
      '13:30-15:00+0',
    ]);
    // The plan is as designed: only what happened is added.
    const delivered = day.blocks.find((block) => block.id === workshop)!;
    expect(delivered.durationMin).toBe(90);
    expect(delivered.overrunMin).toBe(45);
    expect(programProblems(doc)).toEqual([]);
  });

  it('before the first block starts the day later, after the last does nothing', () => {
    const { doc, dayId } = program();
    expect(runLate(doc, dayId, at('08:00'), 15, null)).toBe(true);
    expect(timesOf(doc).times[0]).toBe('09:15-10:45+0');
    expect(runLate(doc, dayId, at('18:00'), 15, null)).toBe(false);
  });

  it('shortens the next break, never below nothing', () => {
    const { doc, dayId, coffee } = program();
    runLate(doc, dayId, at('10:00'), 15, null);
    expect(shortenNextBreak(doc, dayId, at('10:10'), 10, null)).toBe(true);
    expect(timesOf(doc).times.slice(0, 3)).toEqual([
      '09:00-10:45+0',
      '10:45-11:05+0',
      '11:05-12:05+0',
    ]);
    shortenNextBreak(doc, dayId, at('10:10'), 60, null);
    const coffeeBlock = readDays(doc)[0]!.blocks.find((block) => block.id === coffee)!;
    expect(coffeeBlock.overrunMin).toBe(-30);
    // Coffee is gone: the next break is lunch.
    expect(timesOf(doc).times[1]).toBe('10:45-10:45+0');
  });
});

describe('a document from before the delivery fields', () => {
  it('gains them on opening, and reads the same', () => {
    const { doc, workshop } = program();
    const block = requireParts(doc).blocks.get(workshop)!;
    doc.transact(() => {
      for (const key of ['overrunMin', 'deliveryNote', 'participantCount', 'changeNextTime'])
        block.delete(key);
      rootOf(doc).set('schemaVersion', 1);
    });
    expect(programProblems(doc).length).toBeGreaterThan(0);
    migrate(doc);
    expect(programProblems(doc)).toEqual([]);
    expect(rootOf(doc).get('schemaVersion')).toBe(2);
    expect(block.get('participantCount')).toBeNull();
  });
});
