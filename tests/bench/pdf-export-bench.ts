import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Browser } from 'playwright-core';

import { printHtml } from '../../electron/web-host/chromium-print';
import { FONT_DIRECTORY, printFontsFromDisk } from '../support/print-fonts';
import {
  type ExportRuns,
  type ExportSubject,
  PAPER,
  programOutlineOf,
  sessionOutlineOf,
} from './export-subject';
import { launchChromium } from './stats';

/** One PDF export, ms from "export requested" (the outline starts) to the PDF's bytes in hand. */
export type PdfRun = {
  totalMs: number;
  /** Of which the outline and the print view's HTML, Chromium printing it, then the contents' page numbers. */
  buildMs: number;
  printMs: number;
  numberMs: number;
};

export type PdfExportResult = {
  runs: PdfRun[];
  /** The same Chromium printing the same text as plain paragraphs, one after each export (ms). */
  baselineMs: number[];
  pages: number;
  baselinePages: number;
  pdfBytes: number;
  htmlBytes: number;
};

export type PdfResults = { program: PdfExportResult; session: PdfExportResult };

/**
 * The PDF exports as the app makes them: the outline from shared/print, the
 * print view's self-contained HTML (renderPrintHtml, with the bundled fonts),
 * printed by Chromium with the shared PDF settings (printHtml, what the web host
 * runs; Electron's printToPDF takes the same settings). One session first, then
 * the whole program.
 */
export async function benchPdfExports(
  subject: ExportSubject,
  runs: ExportRuns,
): Promise<PdfResults> {
  // Loaded here, not at the top: a print view that fails to load fails these rows only.
  const { renderPrintHtml } =
    await import('../../renderer/src/features/export/print-view/render-print-html');
  const { addContentsPageNumbers, CONTENTS_NUMBER_FONT } =
    await import('../../renderer/src/features/export/pdf/contents-page-numbers');
  const numberFont = new Uint8Array(readFileSync(join(FONT_DIRECTORY, CONTENTS_NUMBER_FONT)));
  // The app loads the fonts once, on the first export, and keeps them.
  const fontFaces = printFontsFromDisk();
  const { labels } = subject;
  const browser = await launchChromium();
  try {
    const session = await timePdf(
      browser,
      runs.session,
      async (pdf) => pdf,
      () =>
        renderPrintHtml({
          document: 'session',
          outline: sessionOutlineOf(subject),
          labels,
          paperSize: PAPER,
          fontFaces,
        }),
    );
    // As the app does: a program's contents get their page numbers after printing.
    const numbered = (pdf: Uint8Array) => addContentsPageNumbers(pdf, numberFont);
    const program = await timePdf(browser, runs.program, numbered, () =>
      renderPrintHtml({
        document: 'program',
        outline: programOutlineOf(subject),
        labels,
        paperSize: PAPER,
        fontFaces,
      }),
    );
    return { program, session };
  } finally {
    await browser.close();
  }
}

async function timePdf(
  browser: Browser,
  runs: number,
  finish: (pdf: Uint8Array) => Promise<Uint8Array>,
  printView: () => string,
): Promise<PdfExportResult> {
  const times: PdfRun[] = [];
  const baselineMs: number[] = [];
  let made:
    | { html: string; printedPdf: Uint8Array; pdf: Uint8Array; plain: string; plainPdf: Uint8Array }
    | undefined;
  for (let run = 0; run < runs; run++) {
    const requested = performance.now();
    const html = printView();
    const built = performance.now();
    const printedPdf = (await printHtml(browser, html, PAPER)).pdf;
    const printed = performance.now();
    const pdf = await finish(new Uint8Array(printedPdf));
    const finished = performance.now();
    times.push({
      totalMs: finished - requested,
      buildMs: built - requested,
      printMs: printed - built,
      numberMs: finished - printed,
    });

    // Interleaved, so that the export and its baseline see the same machine.
    const plain = made?.plain ?? plainTextPage(html);
    const started = performance.now();
    const plainPdf = (await printHtml(browser, plain, PAPER)).pdf;
    baselineMs.push(performance.now() - started);
    made = { html, printedPdf, pdf, plain, plainPdf };
  }
  if (made === undefined) throw new Error('No export was timed.');
  return {
    runs: times,
    baselineMs,
    // Counted as Chromium wrote it: the numbered copy keeps every page but packs its objects.
    pages: pageCount(made.printedPdf),
    baselinePages: pageCount(made.plainPdf),
    pdfBytes: made.pdf.byteLength,
    htmlBytes: Buffer.byteLength(made.html),
  };
}

/** Block-level elements of the print view: their ends become paragraph breaks. */
const BLOCK_END = /<\/(?:p|li|h[1-6]|th|td|dt|dd|caption|div|section|header|footer)>/g;

/**
 * The print view's text as plain paragraphs, in Chromium's default style and
 * font: what printing the same words costs without the print view's layout,
 * tables, page rules and embedded fonts. React has escaped every character of
 * the text, so it stays escaped here.
 */
function plainTextPage(html: string): string {
  const body = html.slice(html.indexOf('<body'), html.lastIndexOf('</body>'));
  const paragraphs = body
    .replace(BLOCK_END, '\n')
    .replace(/<[^>]*>/g, ' ')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Plain text</title></head><body>${paragraphs
    .map((line) => `<p>${line}</p>`)
    .join('')}</body></html>`;
}

/**
 * Pages in a PDF Chromium wrote: its page tree is not compressed, and the root's
 * /Count (the largest) is the number of pages.
 */
function pageCount(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^]*?\/Count\s+(\d+)/g)].map((match) =>
    Number(match[1]),
  );
  return counts.length === 0 ? NaN : Math.max(...counts);
}
