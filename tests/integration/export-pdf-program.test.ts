import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { isBreakType } from '../../shared/model/schema';
import type { Program } from '../../shared/model/types';
import { launchChromium, printHtml } from '../support/print-chromium';
import {
  flat,
  pageSizes,
  pageTexts,
  pageToPng,
  pdfFonts,
  savePdf,
  unhyphenated,
} from '../support/print-pdf';
import {
  clilProgramForPrinting,
  englishExportWords,
  KAZAKH_TITLE,
  RUSSIAN_PHRASE,
  sessionsOf,
} from '../support/print-program';
import { programPrintHtml } from '../support/print-views';

/**
 * The whole CLIL program printed by Chromium exactly as the desktop app prints
 * it (same HTML, same printToPDF options), then read back with poppler as a
 * reader's PDF viewer would show it. The cover, the week and one session page
 * are kept as PNGs under test-results/export/ to be looked at.
 */
describe('the whole program as one PDF', () => {
  let browser: Browser;
  let program: Program;
  let path: string;
  let pages: string[];
  let loosePages: string[];
  const { labels, dates } = englishExportWords();

  beforeAll(async () => {
    browser = await launchChromium();
    program = clilProgramForPrinting();
    const run = await printHtml(browser, programPrintHtml(program, 'a4'), 'a4');
    expect(run.scriptSigns).toEqual([]);
    path = savePdf('program-a4.pdf', run.pdf);
    pages = pageTexts(path).map(flat);
    loosePages = pages.map(unhyphenated);
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** The page where a session begins: the running header, its type, then its title. */
  const sessionStart = (title: string, typeLabel: string) => {
    const opening = unhyphenated(`${program.meta.title} ${typeLabel} ${title}`);
    return loosePages.findIndex((page) => page.startsWith(opening));
  };

  it('holds every session title, and Kazakh and Russian text exactly as typed', () => {
    const text = pages.join(' ');
    for (const block of sessionsOf(program)) expect(text, block.title).toContain(flat(block.title));
    expect(text).toContain(KAZAKH_TITLE);
    expect(text).toContain(RUSSIAN_PHRASE);
    expect(text).toContain(`${RUSSIAN_PHRASE}: ключевые понятия`);
  });

  it('embeds Noto Sans, and no other font', () => {
    const fonts = pdfFonts(path);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      expect(font.name, font.name).toMatch(/^[A-Z]{6}\+NotoSans-(Regular|Bold|Italic|BoldItalic)$/);
      expect(font.embedded, font.name).toBe(true);
    }
    expect(new Set(fonts.map((font) => font.name.split('+')[1]))).toEqual(
      new Set(['NotoSans-Regular', 'NotoSans-Bold', 'NotoSans-Italic']),
    );
  });

  it('opens with the cover: title, theme, dates, venue, institutions and co-tutors, without a running header', () => {
    const cover = pages[0]!;
    expect(cover.startsWith(labels.themes[program.meta.theme])).toBe(true);
    for (const words of [
      program.meta.title,
      dates.range('2026-05-11', '2026-05-15'),
      program.meta.venueCity,
      program.meta.hostInstitution,
      ...program.meta.partnerInstitutions,
      ...program.coTutors.map((tutor) => tutor.name),
    ]) {
      expect(cover, words).toContain(flat(words));
    }
    expect(cover).not.toMatch(/Page \d+ \/ \d+/);
    pageToPng(path, 1, 'program-cover');
  });

  it('has a table of contents listing every session in order', () => {
    const first = pages.findIndex((page) => page.includes(flat(labels.sections.contents)));
    const timetable = pages.findIndex((page) => page.includes(labels.sections.weekAtAGlance));
    expect(first).toBeGreaterThan(0);
    const contents = pages.slice(first, timetable).join(' ');
    let from = 0;
    for (const block of sessionsOf(program)) {
      const at = contents.indexOf(flat(block.title), from);
      expect(at, block.title).toBeGreaterThanOrEqual(from);
      from = at;
    }
  });

  it('puts the week at a glance on exactly one landscape page, days as columns with times and facilitators', () => {
    const timetable = pages.flatMap((page, index) =>
      page.includes(labels.sections.weekAtAGlance) ? [index] : [],
    );
    expect(timetable).toHaveLength(1);
    const index = timetable[0]!;
    const page = pages[index]!;
    program.days.forEach((_, day) => expect(page).toContain(labels.dayHeading(day + 1)));
    expect(page).toContain('09:00–09:45');
    expect(page).toContain(program.coTutors[0]!.name);
    const sizes = pageSizes(path);
    expect(sizes[index]!.width).toBeGreaterThan(sizes[index]!.height);
    expect(sizes.filter((size) => size.width > size.height)).toHaveLength(1);
    // The next page is the first session: the week did not run on.
    const first = sessionsOf(program)[0]!;
    expect(sessionStart(first.title, labels.blockTypes[first.type])).toBe(index + 1);
    pageToPng(path, index + 1, 'program-week-at-a-glance');
  });

  it('starts every session plan on a page of its own, in order, and ends with the last one', () => {
    const plans = program.days
      .flatMap((day) => day.blocks)
      .filter((block) => !isBreakType(block.type));
    const starts = plans.map((block) => sessionStart(block.title, labels.blockTypes[block.type]));
    expect(
      starts.every((start) => start > 0),
      JSON.stringify(starts),
    ).toBe(true);
    starts.slice(1).forEach((start, index) => expect(start).toBeGreaterThan(starts[index]!));
    // The pages that open with a session are exactly these: one per block that is not a break.
    const openings = pages.flatMap((_, index) =>
      plans.some((block) => sessionStart(block.title, labels.blockTypes[block.type]) === index)
        ? [index]
        : [],
    );
    expect(openings).toEqual(starts);
    for (const [index, start] of starts.entries()) {
      const plan = pages.slice(start, starts[index + 1] ?? pages.length).join(' ');
      expect(plan, plans[index]!.title).toContain(labels.sections.objectives);
      expect(plan, plans[index]!.title).toContain(labels.sections.stages);
    }
    pageToPng(path, starts[0]! + 1, 'program-session');
  });

  it('numbers every page but the cover, under a running header with the program’s title', () => {
    pages.forEach((page, index) => {
      if (index === 0) return;
      expect(page.startsWith(flat(program.meta.title)), `page ${index + 1}`).toBe(true);
      expect(
        page.endsWith(`${labels.page} ${index + 1} / ${pages.length}`),
        `page ${index + 1}`,
      ).toBe(true);
    });
  });

  it('prints on A4: portrait pages and one landscape page for the week', () => {
    for (const size of pageSizes(path)) {
      const [short, long] = [Math.min(size.width, size.height), Math.max(size.width, size.height)];
      expect(short).toBeCloseTo(595.3, 0);
      expect(long).toBeCloseTo(841.9, 0);
    }
  });
});
