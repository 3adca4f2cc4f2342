import { describe, expect, it } from 'vitest';

import { kindOf } from '../../renderer/src/features/planner/block-kind';
import { orderOf, weekView } from '../../renderer/src/features/planner/week-view';
import { newBlock, newDay } from '../../shared/model/defaults';
import type { CoTutor } from '../../shared/model/types';

const tutor: CoTutor = {
  id: 't1',
  name: 'Aliya Zhaksybekova',
  institution: 'Pavlodar',
  role: 'co-tutor',
};
const welcome = newBlock('plenary', {
  title: 'Welcome',
  durationMin: 30,
  facilitators: ['t1', 'gone'],
});
const coffee = newBlock('break', { title: 'Coffee', durationMin: 15 });
const visit = newBlock('visit', { title: 'School visit', durationMin: 120, fixedStart: 10 * 60 });
const monday = newDay({
  startMin: 9 * 60,
  plannedEndMin: 11 * 60,
  blocks: [welcome, coffee, visit],
});
const tuesday = newDay({ blocks: [] });

describe('the week as the planner shows it', () => {
  it('gives each card its computed times, the gap before a fixed block and known facilitators', () => {
    const [day] = weekView([monday, tuesday], orderOf([monday, tuesday]), [tutor]);
    expect(day?.cards.map((card) => [card.title, card.start, card.end])).toEqual([
      ['Welcome', 540, 570],
      ['Coffee', 570, 585],
      ['School visit', 600, 720],
    ]);
    expect(day?.cards[2]?.gapBefore).toBe(15);
    expect(day?.cards[0]?.facilitatorNames).toBe('Aliya Zhaksybekova');
    expect(day?.cards[1]?.isBreak).toBe(true);
    expect(day?.totals).toEqual({ sessionMin: 150, breakMin: 15 });
    expect(day?.schedule.overrun).toBe(60);
  });

  it('keeps the cards in the preview order but times them in the order shown during a drag', () => {
    const order = orderOf([monday, tuesday]);
    const shown = [
      { dayId: monday.id, blockIds: [coffee.id, welcome.id, visit.id] },
      { dayId: tuesday.id, blockIds: [] },
    ];
    const [day] = weekView([monday, tuesday], order, [tutor], shown);
    expect(day?.cards.map((card) => card.title)).toEqual(['Welcome', 'Coffee', 'School visit']);
    expect(day?.cards.map((card) => card.start)).toEqual([555, 540, 600]);
  });

  it('colours practice-like sessions alike and breaks apart', () => {
    const practice = (['micro-teaching', 'peer-feedback', 'project-work'] as const).map(kindOf);
    expect(practice).toEqual(['practice', 'practice', 'practice']);
    expect(kindOf('lunch')).toBe('break');
    expect(kindOf('excursion')).toBe('plenary');
  });
});
