import i18next from 'i18next';
import { describe, expect, it } from 'vitest';

import { durationWords } from '../../renderer/src/i18n/format';
import { I18N_OPTIONS } from '../../renderer/src/i18n/i18n';
import { singleSessionOutline } from '../../shared/print/program-outline';
import { formatDuration } from '../../shared/schedule/duration';
import { clilProgramForPrinting, englishExportWords, sessionsOf } from '../support/print-program';

// The screen's words: what the planner card and the session editor show.
const i18n = i18next.createInstance();
void i18n.init(I18N_OPTIONS);
const onScreen = (minutes: number) => formatDuration(minutes, durationWords(i18n.t));
const noLevelOnScreen = i18n.t('cefrNone');

const { labels, dates } = englishExportWords();

describe('the outline the PDF and the Word file are made from', () => {
  const program = clilProgramForPrinting();
  const session = sessionsOf(program)[0]!;
  session.durationMin = 95;
  session.cefr = null;
  const outline = singleSessionOutline(program, session.id, labels, dates)!;
  const fact = (label: string) =>
    outline.facts.find((candidate) => candidate.label === label)?.value;

  it('writes the duration as the screen does', () => {
    expect(fact(labels.facts.duration)).toBe('1 h 35 min');
    expect(fact(labels.facts.duration)).toBe(onScreen(95));
  });

  it('writes a missing CEFR level as the session editor does', () => {
    expect(fact(labels.facts.cefr)).toBe(noLevelOnScreen);
    expect(noLevelOnScreen).not.toBe(labels.notSet);
  });

  it('writes the stages and their total as durations too', () => {
    const stages = outline.stages!;
    expect(stages.rows.map((row) => row.minutes)).toEqual(
      session.stages.map((stage) => onScreen(stage.minutes)),
    );
    const total = session.stages.reduce((sum, stage) => sum + stage.minutes, 0);
    expect(stages.total).toBe(`Stages: ${onScreen(total)} of 1 h 35 min`);
  });
});
