import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import {
  addContentsPageNumbers,
  CONTENTS_NUMBER_FONT,
} from '../../renderer/src/features/export/pdf/contents-page-numbers';
import type { Program } from '../../shared/model/types';
import { launchChromium, printHtml } from '../support/print-chromium';
import { FONT_DIRECTORY } from '../support/print-fonts';
import {
  flat,
  pageSizes,
  pageTexts,
  pageToPng,
  pdfFonts,
  savePdf,
  unhyphenated,
} from '../support/print-pdf';
import { clilProgramForPrinting, sessionsOf } from '../support/print-program';
import { programPrintHtml, sessionPrintHtml } from '../support/print-views';

const FONT = new Uint8Array(readFileSync(join(FONT_DIRECTORY, CONTENTS_NUMBER_FONT)));

type Word = { text: string; x: number; y: number };

/** Every word of a page with where it starts, from pdftotext's bounding boxes. */
function wordsOf(path: string, page: number): Word[] {
  const html = execFileSync(
    'pdftotext',
    ['-bbox', '-f', String(page), '-l', String(page), path, '-'],
    {
      encoding: 'utf8',
    },
  );
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map(
    (match) => ({
      x: Number(match[1]),
      y: Number(match[2]),
      text: match[3] ?? '',
    }),
  );
}

/**
 * The contents of the printed program, with the page numbers written in after
 * printing: each number is the page on which that plan begins, read back from
 * the PDF the way a reader would find it.
 */
describe('the contents of the program PDF', () => {
  let browser: Browser;
  let program: Program;
  let plain: Uint8Array;
  let path: string;
  let pages: string[];

  beforeAll(async () => {
    browser = await launchChromium();
    program = clilProgramForPrinting();
    plain = new Uint8Array((await printHtml(browser, programPrintHtml(program, 'a4'), 'a4')).pdf);
    path = savePdf('program-a4-numbered.pdf', await addContentsPageNumbers(plain, FONT));
    pages = pageTexts(path).map(unhyphenated);
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** The pages (1-based) from the contents' title to the week at a glance, which follows them. */
  const contentsPages = () => {
    const first = pages.findIndex((text) => text.includes(' Contents 1. '));
    const week = pages.findIndex((text) => text.includes(' The week at a glance Day 1 '));
    return Array.from({ length: week - first }, (_, offset) => first + offset + 1);
  };

  it('gives every plan the page it begins on, in the order of the week', () => {
    // Plans begin after the week at a glance, each on a new page under the running header.
    const afterWeek = contentsPages().at(-1)! + 1;
    const starts = sessionsOf(program).map((block) => {
      const opening = unhyphenated(`${program.meta.title} `);
      const index = pages.findIndex(
        (text, page) =>
          page >= afterWeek && text.startsWith(opening) && text.includes(unhyphenated(block.title)),
      );
      return index + 1;
    });
    expect(starts.every((page) => page > afterWeek)).toBe(true);

    // The numbers at the right of the contents' lines, top to bottom (not the footer's "Page n / N").
    const numbers = contentsPages().flatMap((page) => {
      const { width, height } = pageSizes(path)[page - 1]!;
      return wordsOf(path, page)
        .filter((word) => /^\d+$/.test(word.text) && word.x > width - 100 && word.y < height - 60)
        .sort((a, b) => a.y - b.y)
        .map((word) => Number(word.text));
    });
    expect(numbers).toEqual(starts);
    pageToPng(path, contentsPages()[0]!, 'program-contents');
  });

  it('links each line of the contents and each plan of the week at a glance to its plan', async () => {
    const document = await PDFDocument.load(readFileSync(path));
    const pageIndex = new Map(
      document.getPages().map((page, index) => [page.ref.toString(), index + 1]),
    );
    const destinations = document.catalog.lookup(PDFName.of('Dests'), PDFDict);
    const pageOf = (name: string) => {
      const destination = destinations.lookupMaybe(PDFName.of(name), PDFArray);
      return pageIndex.get(String(destination?.get(0)));
    };
    const linksOn = (page: number) => {
      const annotations = document.getPage(page - 1).node.Annots();
      return Array.from({ length: annotations?.size() ?? 0 }, (_, index) =>
        annotations?.lookup(index, PDFDict).lookupMaybe(PDFName.of('Dest'), PDFName)?.decodeText(),
      ).filter((name): name is string => name !== undefined);
    };
    const contentsLinks = new Set(contentsPages().flatMap(linksOn));
    const weekLinks = new Set(linksOn(contentsPages().at(-1)! + 1));
    for (const block of sessionsOf(program)) {
      expect(contentsLinks).toContain(`contents-${block.id}`);
      expect(weekLinks).toContain(`plan-${block.id}`);
      expect(pageOf(`plan-${block.id}`)).toBe(pageOf(`contents-${block.id}`));
      expect(pageOf(`plan-${block.id}`)).toBeGreaterThan(contentsPages().at(-1)! + 1);
    }
  });

  it('keeps every page, its size and its text, and every font embedded', () => {
    const before = savePdf('program-a4-unnumbered.pdf', plain);
    expect(pageSizes(path)).toEqual(pageSizes(before));
    const plainPages = pageTexts(before).map(flat);
    const numberedPages = pageTexts(path).map(flat);
    expect(numberedPages.slice(contentsPages().at(-1)!)).toEqual(
      plainPages.slice(contentsPages().at(-1)!),
    );
    for (const font of pdfFonts(path)) expect(font.embedded, font.name).toBe(true);
  });

  it('leaves a single session plan, which has no contents, exactly as printed', async () => {
    const first = sessionsOf(program)[0]!;
    const pdf = new Uint8Array(
      (await printHtml(browser, sessionPrintHtml(program, first.id, 'letter'), 'letter')).pdf,
    );
    expect(await addContentsPageNumbers(pdf, FONT)).toBe(pdf);
  });
});
