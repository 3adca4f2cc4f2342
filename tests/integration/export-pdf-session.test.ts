import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Block, Program } from '../../shared/model/types';
import { formatDuration } from '../../shared/schedule/duration';
import { launchChromium, printHtml } from '../support/print-chromium';
import {
  flat,
  pageSizes,
  pageTexts,
  pageToPng,
  pdfFonts,
  savePdf,
  structureOf,
  unhyphenated,
} from '../support/print-pdf';
import {
  clilProgramForPrinting,
  englishExportWords,
  KAZAKH_TITLE,
  RUSSIAN_PHRASE,
  SAFE_LINK,
  sessionsOf,
} from '../support/print-program';
import { sessionPrintHtml } from '../support/print-views';

/** Link targets as the PDF stores them: clickable annotations. */
function linkTargets(pdf: Uint8Array): string[] {
  return [
    ...Buffer.from(pdf)
      .toString('latin1')
      .matchAll(/\/URI \(([^)]*)\)/g),
  ].map((match) => match[1]!);
}

describe('one session plan as a PDF', () => {
  let browser: Browser;
  let program: Program;
  let session: Block;
  let pdf: Uint8Array;
  let path: string;
  let pages: string[];
  const { labels } = englishExportWords();

  beforeAll(async () => {
    browser = await launchChromium();
    program = clilProgramForPrinting();
    session = sessionsOf(program).find((block) => block.title === KAZAKH_TITLE)!;
    const run = await printHtml(browser, sessionPrintHtml(program, session.id, 'a4'), 'a4');
    expect(run.scriptSigns).toEqual([]);
    pdf = run.pdf;
    path = savePdf('session-a4.pdf', pdf);
    pages = pageTexts(path).map(flat);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens with the title block: program, day, date, times, duration, facilitators, location and CEFR level', () => {
    const first = pages[0]!;
    expect(first).toContain(flat(`${labels.blockTypes[session.type]} ${KAZAKH_TITLE}`));
    for (const label of [
      'program',
      'day',
      'date',
      'time',
      'duration',
      'facilitators',
      'location',
      'cefr',
    ] as const) {
      expect(first, label).toContain(flat(labels.facts[label]));
    }
    expect(first).toContain('09:00–09:45');
    expect(first).toContain(formatDuration(session.durationMin, labels.duration));
    expect(first).toContain(session.location);
    expect(first).toContain(`${labels.facts.cefr} ${session.cefr}`);
    pageToPng(path, 1, 'session-first-page');
  });

  it('holds every part of the plan, in the editor’s order, ending with pre-work and follow-up', () => {
    const text = pages.join(' ').toLocaleLowerCase('en');
    const parts = [
      labels.sections.objectives,
      labels.sections.fourCs,
      labels.fields.keyVocabulary,
      labels.fields.scaffolding,
      labels.sections.stages,
      labels.sections.assessment,
      labels.sections.inclusion,
      labels.fields.materials,
      labels.fields.preWork,
      labels.fields.followUp,
    ].map((part) => part.toLocaleLowerCase('en'));
    let from = 0;
    for (const part of parts) {
      const at = text.indexOf(part, from);
      expect(at, part).toBeGreaterThanOrEqual(from);
      from = at;
    }
    const words = unhyphenated(text);
    for (const stage of session.stages)
      expect(words).toContain(unhyphenated(stage.resources).toLocaleLowerCase('en'));
  });

  it('keeps the rich text: headings, list items, bold, italic and working links', () => {
    const text = pages.join(' ');
    expect(text).toContain(
      `${RUSSIAN_PHRASE} Participants compare language-driven and content-driven CLIL`,
    );
    expect(text).toContain(`CLIL handbook. ${KAZAKH_TITLE} ${RUSSIAN_PHRASE}: ключевые понятия`);
    // The tagged PDF keeps the shape: the plan's title, headings, lists of items, the link.
    const structure = structureOf(path);
    for (const kind of ['H1', 'H2', 'H3', 'H5', 'L', 'LI', 'Link', 'Table', 'TH', 'TD']) {
      expect(structure.get(kind) ?? 0, kind).toBeGreaterThan(0);
    }
    expect(structure.get('H1')).toBe(1);
    const faces = new Set(pdfFonts(path).map((font) => font.name.split('+')[1]));
    expect(faces).toEqual(new Set(['NotoSans-Regular', 'NotoSans-Bold', 'NotoSans-Italic']));
    expect(linkTargets(pdf)).toContain(SAFE_LINK);
  });

  it('prints the program’s title above every page and its number below', () => {
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      expect(page.startsWith(flat(program.meta.title)), `page ${index + 1}`).toBe(true);
      expect(
        page.endsWith(`${labels.page} ${index + 1} / ${pages.length}`),
        `page ${index + 1}`,
      ).toBe(true);
    });
  });

  it('prints on A4 or on US Letter, as the settings say', async () => {
    const letter = await printHtml(
      browser,
      sessionPrintHtml(program, session.id, 'letter'),
      'letter',
    );
    const letterPath = savePdf('session-letter.pdf', letter.pdf);
    // Points: A4 is 595.3 × 841.9 (Chromium rounds to whole pixels), Letter 612 × 792.
    for (const size of pageSizes(path)) {
      expect(Math.abs(size.width - 595.3)).toBeLessThan(1);
      expect(Math.abs(size.height - 841.9)).toBeLessThan(1);
    }
    for (const size of pageSizes(letterPath)) expect(size).toEqual({ width: 612, height: 792 });
    pageToPng(letterPath, 1, 'session-letter-first-page');
  });
});
