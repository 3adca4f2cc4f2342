import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { renderPrintHtml } from '../../renderer/src/features/export/print-view';
import { exportWordsIn } from '../../renderer/src/features/export/use-export-words';
import { initI18n } from '../../renderer/src/i18n/i18n';
import { loadLanguage } from '../../renderer/src/i18n/language';
import { newBlock } from '../../shared/model/defaults';
import { richTextToPlain } from '../../shared/model/rich-text/plain';
import { isBreakType } from '../../shared/model/schema';
import type { Program } from '../../shared/model/types';
import { type AgendaDays, agendaOutline } from '../../shared/print/agenda-outline';
import type { DateFormat, ExportLabels } from '../../shared/print/labels';
import { placesOf } from '../../shared/print/session-outline';
import { formatClock } from '../../shared/schedule/time';
import { launchChromium, printHtml } from '../support/print-chromium';
import { printFontsFromDisk } from '../support/print-fonts';
import { flat, pageCount, pageTexts, pageToPng, savePdf, unhyphenated } from '../support/print-pdf';
import { clilProgramForPrinting, englishExportWords } from '../support/print-program';

/**
 * The day agenda of the CLIL template, printed by Chromium as the export
 * dialog has it printed: one page a day with times, titles, rooms and
 * facilitators, and nothing of the plans.
 */

type Words = { labels: ExportLabels; dates: DateFormat };

function agendaHtml(program: Program, days: AgendaDays, words: Words, paperSize: 'a4' | 'letter') {
  return renderPrintHtml({
    document: 'agenda',
    outline: agendaOutline(program, days, words.labels, words.dates),
    labels: words.labels,
    paperSize,
    fontFaces: printFontsFromDisk(),
  });
}

describe('the day agenda', () => {
  let browser: Browser;
  const english = englishExportWords();
  const program = clilProgramForPrinting();

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function print(name: string, html: string, paperSize: 'a4' | 'letter' = 'a4') {
    const run = await printHtml(browser, html, paperSize);
    return savePdf(name, run.pdf);
  }

  it('prints one page a day: the day and date, each block’s times, title, room and facilitators', async () => {
    const path = await print('agenda-all-days.pdf', agendaHtml(program, 'all', english, 'a4'));
    expect(pageCount(path)).toBe(program.days.length);
    // pdftotext joins a word hyphenated at a line's end: hyphens are left out on both sides.
    const pages = pageTexts(path).map(unhyphenated);
    const places = placesOf(program);
    const names = new Map(program.coTutors.map((tutor) => [tutor.id, tutor.name]));
    program.days.forEach((day, index) => {
      const page = pages[index]!;
      expect(page).toContain(`Day ${index + 1}`);
      for (const block of day.blocks) {
        const place = places.get(block.id)!;
        expect(page).toContain(`${formatClock(place.start)}–${formatClock(place.end)}`);
        // Long titles wrap; their first words are on the day's page.
        expect(page).toContain(unhyphenated(block.title.split(' ').slice(0, 3).join(' ')));
        if (!isBreakType(block.type)) {
          expect(page).toContain(names.get(block.facilitators[0]!)!.split(' ')[0]);
        }
      }
    });
    expect(pages[0]).toContain('Mon, 11 May 2026');
    expect(pages[0]).toContain('Conference hall');
    // The titles of day 2 are not on day 1's page.
    const tuesday = program.days[1]!.blocks.find((block) => !isBreakType(block.type))!;
    expect(pages[0]).not.toContain(unhyphenated(tuesday.title));
    // The program's title once on each page, above the day; no running header or page number.
    expect(pages[0]!.split(program.meta.title)).toHaveLength(2);
    expect(pages[0]).not.toContain('Page 1');
    // No plan details: no section headings, no stage text, no objectives.
    const everything = pages.join(' ');
    for (const section of [
      'Objectives',
      'Stages:',
      'Success criteria',
      'Prioritised barrier',
      'Key vocabulary',
    ])
      expect(everything).not.toContain(section);
    const stage = program.days[0]!.blocks.flatMap((block) => block.stages)[0]!;
    expect(everything).not.toContain(stage.facilitatorActions.slice(0, 30));
    const objective = richTextToPlain(program.days[0]!.blocks[0]!.text.contentObjectives);
    expect(everything).not.toContain(objective.slice(0, 30));
    pageToPng(path, 1, 'agenda-day-1');
  });

  it('prints one day alone, and in the language chosen for the labels', async () => {
    const i18n = initI18n();
    await loadLanguage('kk');
    const kazakh = exportWordsIn(i18n, 'kk');
    const path = await print('agenda-day-1-kk.pdf', agendaHtml(program, 0, kazakh, 'a4'));
    expect(pageCount(path)).toBe(1);
    const page = flat(pageTexts(path)[0]!);
    expect(page).toContain('1-күн');
    expect(page).toContain('дүйсенбі, 11 мамыр 2026 ж.');
    // The column heads, in capitals.
    expect(page).toContain(kazakh.labels.agenda.session.toLocaleUpperCase('kk'));
    expect(page).toContain(kazakh.labels.facts.facilitators.toLocaleUpperCase('kk'));
    expect(page).not.toContain('Day 1');
    pageToPng(path, 1, 'agenda-day-1-kk');
  });

  it('fits a day of sixteen blocks with long titles on one page of A4 and of Letter', async () => {
    const crowded = clilProgramForPrinting();
    const monday = crowded.days[0]!;
    const facilitators = crowded.coTutors.slice(0, 3).map((tutor) => tutor.id);
    for (let index = 1; monday.blocks.length < 16; index += 1) {
      monday.blocks.push(
        newBlock('workshop', {
          title: `Extra workshop ${index}: adapting reading texts and worksheets for mixed-ability CLIL classes`,
          durationMin: 20,
          facilitators,
          location: 'Room 214, second floor, main building',
        }),
      );
    }
    for (const paperSize of ['a4', 'letter'] as const) {
      const path = await print(
        `agenda-crowded-${paperSize}.pdf`,
        agendaHtml(crowded, 0, english, paperSize),
        paperSize,
      );
      expect(pageCount(path)).toBe(1);
      expect(flat(pageTexts(path)[0]!)).toContain('Extra workshop 8');
      pageToPng(path, 1, `agenda-crowded-${paperSize}`);
    }
    // A longer day runs onto a second page, its column heads repeated there.
    for (let index = 9; monday.blocks.length < 26; index += 1)
      monday.blocks.push(
        newBlock('workshop', { title: `Extra workshop ${index}`, durationMin: 15 }),
      );
    const path = await print('agenda-overfull-a4.pdf', agendaHtml(crowded, 0, english, 'a4'));
    expect(pageCount(path)).toBe(2);
    const second = flat(pageTexts(path)[1]!);
    expect(second).toMatch(/^TIME SESSION /);
    expect(second).toContain('LOCATION FACILITATORS');
    expect(second).toContain('Extra workshop 18');
  });
});
