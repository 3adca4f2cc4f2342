import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { programDocx } from '../../renderer/src/features/export/docx';
import { balance } from '../../shared/balance/balance';
import { LEARNING_TYPES } from '../../shared/model/schema';
import type { Program } from '../../shared/model/types';
import { programOutline } from '../../shared/print/program-outline';
import { formatDuration } from '../../shared/schedule/duration';
import { launchChromium, printHtml } from '../support/print-chromium';
import { flat, pageTexts, pageToPng, savePdf } from '../support/print-pdf';
import { clilProgramForPrinting, englishExportWords } from '../support/print-program';
import { programPrintHtml } from '../support/print-views';
import { part, unzipDocx } from './export-docx-fixture';
import { decodeXml, tableRows, tables } from './export-docx-reading';

/**
 * The "Balance of the week" page of a program export: in the PDF, printed as
 * the app prints it and read back with poppler; in Word, as tables. Both carry
 * the figures of the Balance view, computed here from the program.
 */
const { labels, dates } = englishExportWords();
const written = (minutes: number) => formatDuration(minutes, labels.duration);
const LABEL = {
  acquisition: 'Acquisition',
  inquiry: 'Inquiry',
  practice: 'Practice',
  production: 'Production',
  discussion: 'Discussion',
  collaboration: 'Collaboration',
} as const;

describe('the balance of the week in the program PDF', () => {
  let browser: Browser;
  let program: Program;
  let pages: string[];
  let path: string;

  beforeAll(async () => {
    browser = await launchChromium();
    program = clilProgramForPrinting();
    const run = await printHtml(
      browser,
      programPrintHtml(program, 'a4', { withBalance: true }),
      'a4',
    );
    expect(run.scriptSigns).toEqual([]);
    path = savePdf('program-balance-a4.pdf', run.pdf);
    pages = pageTexts(path).map(flat);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('has a page after the week with every learning type and its minutes', () => {
    const index = pages.findIndex((page) => page.includes('Balance of the week'));
    expect(index).toBeGreaterThan(0);
    const page = pages[index] ?? '';
    pageToPng(path, index + 1, 'program-balance');
    const figures = balance(program);
    for (const type of LEARNING_TYPES) {
      expect(page).toContain(`${LABEL[type]} ${written(figures.learningTypes[type].minutes)}`);
    }
    for (const heading of ['Learning types per day', 'Interaction patterns', 'Session types']) {
      expect(page).toContain(heading);
    }
    expect(page).toContain(`Day 1 ${written(figures.days[0]?.stageMin ?? 0)}`);
    expect(page).toContain(`Small groups ${written(figures.interactions['small-groups'].minutes)}`);
    // Every session type in use is on the same page, the last one included.
    expect(page).toContain(
      `Excursion / cultural ${written(figures.sessionTypes.excursion.minutes)}`,
    );
  });

  it('is left out when the export does not ask for it', async () => {
    const run = await printHtml(browser, programPrintHtml(program, 'a4'), 'a4');
    const plain = pageTexts(savePdf('program-no-balance-a4.pdf', run.pdf)).map(flat);
    expect(plain.some((page) => page.includes('Balance of the week'))).toBe(false);
  });
});

describe('the balance of the week in the program Word file', () => {
  it('is a heading and tables with the same figures', async () => {
    const program = clilProgramForPrinting();
    const outline = programOutline(program, labels, dates, { withBalance: true });
    const bytes = await programDocx(outline, labels, { paperSize: 'a4' });
    const document = part(unzipDocx(bytes), 'word/document.xml');
    expect(decodeXml(document)).toContain('Balance of the week');
    const cellsOf = (table: string) =>
      tableRows(table).map((row) => row.cells.map((cell) => decodeXml(cell).trim()));
    const learning = tables(document)
      .map(cellsOf)
      .find((rows) => rows[0]?.[0] === 'Learning type');
    expect(learning).toBeDefined();
    const figures = balance(program);
    for (const type of LEARNING_TYPES) {
      const row = learning?.find((cells) => cells[0] === LABEL[type]);
      expect(row?.[1]).toBe(written(figures.learningTypes[type].minutes));
    }
    expect(learning?.at(-1)?.[1]).toBe(written(figures.stageMin));
  });
});
