import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { newBlock } from '../../shared/model/defaults';
import type { Program } from '../../shared/model/types';
import { launchChromium, printHtml } from '../support/print-chromium';
import { flat, pageSizes, pageTexts, pageToPng, savePdf } from '../support/print-pdf';
import { clilProgramForPrinting, englishExportWords } from '../support/print-program';
import { programPrintHtml } from '../support/print-views';

/**
 * A week far fuller than any template: twelve blocks on Monday, each with a
 * long title and three facilitators. The week at a glance is set denser and
 * still takes one landscape page, on the narrower Letter paper too.
 */
function crowdedWeek(): Program {
  const program = clilProgramForPrinting();
  const monday = program.days[0]!;
  const facilitators = program.coTutors.slice(0, 3).map((tutor) => tutor.id);
  for (let index = 1; monday.blocks.length < 12; index += 1) {
    monday.blocks.push(
      newBlock('workshop', {
        title: `Extra workshop ${index}: adapting reading texts, worksheets and assessment rubrics for mixed-ability CLIL classes`,
        durationMin: 30,
        facilitators,
      }),
    );
  }
  return program;
}

describe('the week at a glance of a crowded week', () => {
  let browser: Browser;
  const { labels } = englishExportWords();

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('still fits on one landscape page', async () => {
    const program = crowdedWeek();
    const run = await printHtml(browser, programPrintHtml(program, 'letter'), 'letter');
    const path = savePdf('program-crowded-letter.pdf', run.pdf);
    const pages = pageTexts(path).map(flat);
    const week = pages.flatMap((page, index) =>
      page.includes(labels.sections.weekAtAGlance) ? [index] : [],
    );
    expect(week).toHaveLength(1);
    const sizes = pageSizes(path);
    expect(sizes[week[0]!]).toEqual({ width: 792, height: 612 });
    // The next page opens the first session plan.
    expect(pages[week[0]! + 1]).toContain(labels.facts.facilitators);
    pageToPng(path, week[0]! + 1, 'program-week-crowded-letter');
  });
});
