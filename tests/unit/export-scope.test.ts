import { describe, expect, it } from 'vitest';

import {
  currentScope,
  exportBaseName,
  printSubject,
  sessionChoices,
} from '../../renderer/src/features/export/export-scope';
import { isBreakType } from '../../shared/model/schema';
import { clilProgramForPrinting, englishExportWords } from '../support/print-program';

const program = clilProgramForPrinting();
const { labels, dates } = englishExportWords();

describe('choosing what to export', () => {
  it('offers every session plan of the week, day by day in time order, and no breaks', () => {
    const choices = sessionChoices(program);
    const planned = program.days.flatMap((day) =>
      day.blocks.filter((block) => !isBreakType(block.type)),
    );
    expect(choices).toHaveLength(planned.length);
    expect(choices.map((choice) => choice.day)).toEqual(
      [...choices.map((choice) => choice.day)].sort((a, b) => a - b),
    );
    for (const day of new Set(choices.map((choice) => choice.day))) {
      const starts = choices.filter((choice) => choice.day === day).map((choice) => choice.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
    expect(choices[0]).toMatchObject({ day: 1, start: 9 * 60 });
  });

  it('prints the whole program, or one plan, or nothing for a plan that is gone', () => {
    const first = sessionChoices(program)[0]!;
    expect(printSubject(program, { kind: 'program' }, labels, dates)).toMatchObject({
      document: 'program',
      outline: { title: program.meta.title },
    });
    expect(
      printSubject(program, { kind: 'session', blockId: first.blockId }, labels, dates),
    ).toMatchObject({
      document: 'session',
      outline: { title: first.title },
    });
    expect(
      printSubject(program, { kind: 'session', blockId: 'deleted-meanwhile' }, labels, dates),
    ).toBeNull();
  });

  it('names the file after the program, and after the plan too for one plan', () => {
    const first = sessionChoices(program)[0]!;
    expect(exportBaseName(program, { kind: 'program' }, labels)).toBe(program.meta.title);
    expect(exportBaseName(program, { kind: 'session', blockId: first.blockId }, labels)).toBe(
      `${program.meta.title} – ${first.title}`,
    );
    expect(exportBaseName(program, { kind: 'agenda', days: 'all' }, labels)).toBe(
      `${program.meta.title} – Day agenda`,
    );
    expect(exportBaseName(program, { kind: 'agenda', days: 1 }, labels)).toBe(
      `${program.meta.title} – Day agenda – Day 2`,
    );
  });

  it('prints the agenda of every day, or of one, and of every day once that day is gone', () => {
    const sessions = sessionChoices(program);
    const days = program.days.length;
    const agenda = printSubject(program, { kind: 'agenda', days: 1 }, labels, dates);
    expect(agenda).toMatchObject({ document: 'agenda', outline: { title: program.meta.title } });
    expect(
      agenda?.document === 'agenda' ? agenda.outline.days.map((day) => day.heading) : [],
    ).toEqual(['Day 2']);
    expect(currentScope({ kind: 'agenda', days: days - 1 }, sessions, days)).toEqual({
      kind: 'agenda',
      days: days - 1,
    });
    expect(currentScope({ kind: 'agenda', days }, sessions, days)).toEqual({
      kind: 'agenda',
      days: 'all',
    });
    expect(currentScope({ kind: 'session', blockId: 'gone' }, sessions, days)).toEqual({
      kind: 'program',
    });
  });
});
