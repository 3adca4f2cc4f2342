import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';

import { createProgram } from '../../shared/model/create';
import { programProblems } from '../../shared/model/invariants';
import { readProgram } from '../../shared/model/read';
import { richTextToPlain } from '../../shared/model/rich-text/plain';
import { isBreakType, SESSION_RICH_FIELDS } from '../../shared/model/schema';
import { scheduleDay } from '../../shared/schedule/timeline';
import { programFromTemplate } from '../../shared/template/from-template';
import { type Template, templateSchema } from '../../shared/template/schema';

const DIRECTORY = join(import.meta.dirname, '../../resources/templates');
const EXPECTED = ['action-research', 'blended-learning', 'clil', 'emi', 'inclusive-education'];
const PLACEHOLDER =
  /lorem|ipsum|\btodo\b|\btbd\b|xxx|placeholder|\[insert|\.\.\.$|fill in|example text/i;

function load(id: string): Template {
  return templateSchema.parse(JSON.parse(readFileSync(join(DIRECTORY, `${id}.json`), 'utf8')));
}

describe('shipped templates', () => {
  it('are the five themes of the staff development programme', () => {
    const files = readdirSync(DIRECTORY).filter((file) => file.endsWith('.json'));
    expect(files.map((file) => file.replace(/\.json$/, '')).sort()).toEqual(EXPECTED);
  });

  describe.each(EXPECTED)('%s', (id) => {
    let template: Template;
    beforeAll(() => {
      template = load(id);
    });
    const sessionsOf = (t: Template) =>
      t.days.flatMap((day) => day.blocks).filter((block) => !isBreakType(block.type));

    it('describes a five-day week of five to eight blocks a day with a break and lunch', () => {
      expect(template.id).toBe(id);
      expect(template.days).toHaveLength(5);
      for (const day of template.days) {
        expect(day.blocks.length).toBeGreaterThanOrEqual(5);
        expect(day.blocks.length).toBeLessThanOrEqual(8);
        expect(day.blocks.some((block) => block.type === 'break')).toBe(true);
        expect(day.blocks.some((block) => block.type === 'lunch')).toBe(true);
        expect(day.blocks.some((block) => block.type === 'reflection')).toBe(true);
      }
    });

    it('includes a school visit and micro-teaching with peer feedback', () => {
      const types = new Set(sessionsOf(template).map((block) => block.type));
      expect(types.has('visit')).toBe(true);
      expect(types.has('micro-teaching')).toBe(true);
      expect(types.has('peer-feedback')).toBe(true);
    });

    it('fits every day between its start and planned end without overlaps', () => {
      const program = programFromTemplate(template, {
        title: template.meta.title,
        startDate: '2026-05-11',
      });
      for (const day of program.days) {
        const schedule = scheduleDay(day, day.blocks);
        expect(schedule.overrun, `day running past its end`).toBe(0);
        expect(schedule.blocks.every((block) => block.overlapBefore === 0)).toBe(true);
      }
    });

    it('fills in every field of every session plan', () => {
      const program = programFromTemplate(template, {
        title: template.meta.title,
        startDate: '2026-05-11',
      });
      expect(richTextToPlain(program.text.learningOutcomes).length).toBeGreaterThan(80);
      expect(program.coTutors.length).toBeGreaterThanOrEqual(2);
      for (const block of program.days.flatMap((day) => day.blocks)) {
        if (isBreakType(block.type)) continue;
        const where = `"${block.title}"`;
        expect(block.facilitators.length, `${where} facilitators`).toBeGreaterThan(0);
        for (const field of [
          'location',
          'targetGroup',
          'workingLanguage',
          'priorLearning',
          'nextStep',
          'prioritisedBarrier',
        ] as const) {
          expect(block[field].trim(), `${where} ${field}`).not.toBe('');
        }
        expect(block.cefr, `${where} cefr`).not.toBeNull();
        for (const field of SESSION_RICH_FIELDS) {
          expect(richTextToPlain(block.text[field]).length, `${where} ${field}`).toBeGreaterThan(
            15,
          );
        }
        expect(block.stages.length, `${where} stages`).toBeGreaterThanOrEqual(3);
        expect(
          block.stages.reduce((sum, stage) => sum + stage.minutes, 0),
          `${where} stage minutes`,
        ).toBe(block.durationMin);
        for (const stage of block.stages) {
          expect(stage.facilitatorActions.trim(), `${where} stage`).not.toBe('');
          expect(stage.participantActions.trim(), `${where} stage`).not.toBe('');
          expect(stage.resources.trim(), `${where} stage`).not.toBe('');
        }
      }
    });

    it('holds no placeholder text', () => {
      const strings: string[] = [];
      JSON.stringify(template, (_key, value: unknown) => {
        if (typeof value === 'string') strings.push(value);
        return value;
      });
      for (const value of strings) expect(value, value).not.toMatch(PLACEHOLDER);
    });

    it('creates a sound program document', () => {
      const program = programFromTemplate(template, {
        title: 'Week in Pavlodar',
        startDate: '2026-05-11',
      });
      const doc = new Y.Doc();
      createProgram(doc, program);
      expect(programProblems(doc)).toEqual([]);
      const read = readProgram(doc);
      expect(read.meta.title).toBe('Week in Pavlodar');
      expect(read.days.flatMap((day) => day.blocks.map((block) => block.title))).toEqual(
        template.days.flatMap((day) => day.blocks.map((block) => block.title)),
      );
      // Facilitators are a set: read back in a stable order, whatever order they were given in.
      const asSets = (blocks: (typeof read.days)[number]['blocks']) =>
        blocks.map((block) => ({ ...block, facilitators: [...block.facilitators].sort() }));
      expect(asSets(read.days.flatMap((day) => day.blocks))).toEqual(
        asSets(program.days.flatMap((day) => day.blocks)),
      );
    });
  });
});
