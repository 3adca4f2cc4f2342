import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { balance } from '../../shared/balance/balance';
import { dismissFlag, readDismissed } from '../../shared/balance/dismissed';
import { flags } from '../../shared/balance/flags';
import { createProgram } from '../../shared/model/create';
import {
  blankProgram,
  emptySessionText,
  newBlock,
  newDay,
  newStage,
} from '../../shared/model/defaults';
import { requireParts } from '../../shared/model/layout';
import { readProgram } from '../../shared/model/read';
import { markdownToRichText } from '../../shared/model/rich-text/markdown';
import {
  INTERACTION_PATTERNS,
  isBreakType,
  LEARNING_TYPES,
  SESSION_TYPES,
} from '../../shared/model/schema';
import type { Block, Program } from '../../shared/model/types';
import { programFromTemplate } from '../../shared/template/from-template';
import { type Template, templateSchema } from '../../shared/template/schema';

const TEMPLATES = ['action-research', 'blended-learning', 'clil', 'emi', 'inclusive-education'];

function template(id: string): Template {
  const path = join(import.meta.dirname, '../../resources/templates', `${id}.json`);
  return templateSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);

describe('balance of each template', () => {
  describe.each(TEMPLATES)('%s', (id) => {
    const source = template(id);
    const program = programFromTemplate(source, { title: 'Week', startDate: '2026-03-02' });
    const figures = balance(program);
    const sessions = source.days.map((day) => day.blocks.filter((b) => !isBreakType(b.type)));
    const stages = sessions.flat().flatMap((block) => block.stages);

    it('adds up the stages per learning type and interaction pattern, as the template says', () => {
      for (const type of LEARNING_TYPES) {
        expect(figures.learningTypes[type].minutes, type).toBe(
          sum(stages.filter((s) => s.learningType === type).map((s) => s.minutes)),
        );
      }
      for (const pattern of INTERACTION_PATTERNS) {
        expect(figures.interactions[pattern].minutes, pattern).toBe(
          sum(stages.filter((s) => s.interaction === pattern).map((s) => s.minutes)),
        );
      }
      expect(figures.stageMin).toBe(sum(stages.map((s) => s.minutes)));
    });

    it('gives each day its own stacked learning types and leaves breaks out', () => {
      figures.days.forEach((day, index) => {
        const dayStages = (sessions[index] ?? []).flatMap((block) => block.stages);
        for (const type of LEARNING_TYPES) {
          expect(day.learningTypes[type].minutes).toBe(
            sum(dayStages.filter((s) => s.learningType === type).map((s) => s.minutes)),
          );
        }
        expect(day.sessionMin).toBe(sum((sessions[index] ?? []).map((b) => b.duration)));
      });
      for (const type of SESSION_TYPES) {
        expect(figures.sessionTypes[type].minutes, type).toBe(
          sum(
            sessions
              .flat()
              .filter((b) => b.type === type)
              .map((b) => b.duration),
          ),
        );
      }
      expect(figures.sessions).toHaveLength(sessions.flat().length);
    });

    it('links every bar to the sessions behind it', () => {
      const titles = new Map(figures.sessions.map((s) => [s.blockId, s.title]));
      for (const type of LEARNING_TYPES) {
        const expected = sessions
          .flat()
          .filter((b) => b.stages.some((s) => s.learningType === type && s.minutes > 0))
          .map((b) => b.title);
        expect(figures.learningTypes[type].blockIds.map((blockId) => titles.get(blockId))).toEqual(
          expected,
        );
      }
    });

    it('counts a column of the coverage grid for each session that has written it', () => {
      expect(figures.coverage.rows).toHaveLength(sessions.flat().length);
      const written = (field: keyof Template['days'][0]['blocks'][0]['text']) =>
        sessions.flat().filter((b) => (b.text[field] ?? '').trim() !== '').length;
      expect(figures.coverage.totals.content).toBe(written('content'));
      expect(figures.coverage.totals.followUp).toBe(written('followUp'));
      expect(figures.coverage.totals.engagement).toBe(written('engagement'));
    });

    it('raises no flag on a template, which is balanced by design', () => {
      expect(flags(program)).toEqual([]);
    });
  });
});

/** A program of the given days, each a list of blocks. */
function week(days: Block[][], theme: Program['meta']['theme'] = 'other'): Program {
  return { ...blankProgram({ theme }, 0), days: days.map((blocks) => newDay({ blocks })) };
}
const text = (markdown: string) => markdownToRichText(markdown);

describe('balance at the edges', () => {
  it('counts nothing for a stage of zero minutes, and links no session to it', () => {
    const block = newBlock('workshop', {
      stages: [newStage('input', { minutes: 0, learningType: 'inquiry' })],
    });
    const figures = balance(week([[block]]));
    expect(figures.learningTypes.inquiry).toEqual({ minutes: 0, blockIds: [] });
    expect(figures.sessionTypes.workshop.minutes).toBe(90);
  });

  it('reads a stage whose learning type is missing as acquisition, as the model does', () => {
    const doc = new Y.Doc();
    const stage = newStage('input', { minutes: 25, learningType: 'practice' });
    createProgram(doc, week([[newBlock('workshop', { stages: [stage] })]]));
    requireParts(doc).blocks.forEach((block) => {
      const stored = (block.get('stages') as Y.Map<Y.Map<unknown>>).get(stage.id);
      stored?.delete('learningType');
    });
    const figures = balance(readProgram(doc));
    expect(figures.learningTypes.acquisition.minutes).toBe(25);
    expect(figures.learningTypes.practice.minutes).toBe(0);
  });

  it('counts a session without stages in its type and grid row but in no learning type', () => {
    const figures = balance(week([[newBlock('input', { durationMin: 60 })]]));
    expect(figures.sessionMin).toBe(60);
    expect(figures.stageMin).toBe(0);
    expect(figures.coverage.rows).toHaveLength(1);
  });

  it('leaves breaks and lunch out of every figure, even with stages', () => {
    const lunch = newBlock('lunch', {
      stages: [newStage('input', { minutes: 60, learningType: 'discussion' })],
    });
    const figures = balance(week([[lunch, newBlock('break')]]));
    expect(figures.sessions).toEqual([]);
    expect(figures.learningTypes.discussion.minutes).toBe(0);
    expect(figures.coverage.rows).toEqual([]);
  });

  it('keeps an empty day as a day of zero minutes', () => {
    const figures = balance(week([[], [newBlock('input')]]));
    expect(figures.days).toHaveLength(2);
    expect(figures.days[0]?.stageMin).toBe(0);
    expect(figures.sessions[0]?.dayIndex).toBe(1);
  });

  it('does not count a field of empty list items or blank lines', () => {
    const block = newBlock('input', {
      text: {
        ...emptySessionText(),
        content: text('-  \n\n'),
        culture: text('Local school cultures'),
      },
    });
    const [row] = balance(week([[block]])).coverage.rows;
    expect(row?.covered.content).toBe(false);
    expect(row?.covered.culture).toBe(true);
  });

  it('places each session at its time of day', () => {
    const first = newBlock('input', { durationMin: 45 });
    const second = newBlock('workshop');
    const figures = balance(week([[first, newBlock('break', { durationMin: 15 }), second]]));
    expect(figures.sessions.map((s) => s.start)).toEqual([9 * 60, 10 * 60]);
  });
});

const stage = (
  phase: Parameters<typeof newStage>[0],
  learningType: Block['stages'][0]['learningType'],
  minutes = 30,
) => newStage(phase, { learningType, minutes });

/** A day that satisfies every rule: collaboration, a reflection, an application. */
function goodDay(): Block[] {
  return [
    newBlock('workshop', {
      text: {
        ...emptySessionText(),
        languageObjectives: text('Participants can describe a process.'),
      },
      stages: [
        stage('input', 'acquisition'),
        stage('application', 'collaboration'),
        stage('reflection', 'discussion'),
      ],
    }),
  ];
}

describe('flags', () => {
  const kinds = (program: Program) => flags(program).map((flag) => flag.kind);

  it('flags a day with more than half its stage minutes in acquisition, not exactly half', () => {
    const heavy = goodDay();
    heavy[0]?.stages.push(stage('input', 'acquisition', 31));
    const program = week([heavy, goodDay()]);
    const [flag] = flags(program);
    expect(flag?.kind).toBe('acquisition-heavy');
    expect(flag?.dayId).toBe(program.days[0]?.id);
    expect(flag?.share).toBeCloseTo(61 / 121);

    const half = goodDay();
    half[0]?.stages.push(stage('input', 'acquisition', 30));
    expect(kinds(week([half, goodDay()]))).toEqual([]);
  });

  it('flags a day with neither collaboration nor production', () => {
    const talk = newBlock('input', {
      stages: [stage('input', 'acquisition', 20), stage('reflection', 'discussion', 40)],
    });
    const withProduction = newBlock('input', {
      stages: [stage('reflection', 'production', 20), stage('input', 'discussion', 40)],
    });
    expect(kinds(week([goodDay(), [talk]]))).toEqual(['no-active-learning']);
    expect(kinds(week([goodDay(), [withProduction]]))).toEqual([]);
  });

  it('asks for language objectives in CLIL and EMI programs only', () => {
    const bare = goodDay();
    for (const block of bare) block.text.languageObjectives = [];
    expect(kinds(week([bare, goodDay()], 'clil'))).toEqual(['no-language-objectives']);
    expect(kinds(week([bare, goodDay()], 'emi'))).toEqual(['no-language-objectives']);
    expect(kinds(week([bare, goodDay()], 'inclusive-education'))).toEqual([]);
  });

  it('flags sessions without a reflection stage only when the week has no daily reflection', () => {
    const noReflection = (): Block =>
      newBlock('workshop', {
        stages: [stage('input', 'acquisition'), stage('application', 'collaboration')],
      });
    const reflectionSession = newBlock('reflection', { stages: [stage('input', 'discussion')] });
    // Day 2 reflects in a reflection session, day 1 not at all: both sessions of day 1 are flagged.
    const program = week([
      [noReflection(), noReflection()],
      [noReflection(), reflectionSession],
    ]);
    const found = flags(program).filter((flag) => flag.kind === 'no-reflection');
    expect(found.map((flag) => flag.dayIndex)).toEqual([0, 0, 1]);
    // With a reflection every day, no session is flagged for lacking one.
    expect(kinds(week([[noReflection(), reflectionSession], goodDay()]))).toEqual([]);
  });

  it('looks for a transfer task before the last day: an application stage or follow-up', () => {
    const noTransfer = (): Block[] => [
      newBlock('workshop', {
        stages: [
          stage('input', 'acquisition'),
          stage('practice', 'collaboration'),
          stage('reflection', 'discussion'),
        ],
      }),
    ];
    expect(kinds(week([noTransfer(), goodDay()]))).toEqual(['no-transfer']);
    const withFollowUp = noTransfer();
    withFollowUp[0]!.text.followUp = text('Try the frame in one lesson next week.');
    expect(kinds(week([withFollowUp, noTransfer()]))).toEqual([]);
    expect(kinds(week([goodDay(), noTransfer()]))).toEqual([]);
  });

  it('raises nothing for empty days and leaves dismissed flags out', () => {
    expect(flags(week([[], []]))).toEqual([]);
    const talk = newBlock('input', { stages: [stage('reflection', 'acquisition', 40)] });
    const program = week([goodDay(), [talk]]);
    const ids = flags(program).map((flag) => flag.id);
    expect(ids).toHaveLength(2);
    expect(flags(program, new Set([ids[0] ?? '']))).toHaveLength(1);
  });
});

describe('dismissed flags in the document', () => {
  it('are shared by co-tutors through the document, and read defensively', () => {
    const mine = new Y.Doc();
    const theirs = new Y.Doc();
    dismissFlag(mine, 'no-transfer');
    dismissFlag(mine, 'acquisition-heavy:day-1');
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    expect([...readDismissed(theirs)].sort()).toEqual(['acquisition-heavy:day-1', 'no-transfer']);

    const map = theirs.getMap('dismissedFlags');
    map.set('no-transfer', 'yes');
    map.set('something-else', true);
    expect([...readDismissed(theirs)]).toEqual(['acquisition-heavy:day-1']);
    expect(() => dismissFlag(mine, 'not-a-flag')).toThrow();
  });
});
