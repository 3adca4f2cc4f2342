import type { Browser, Page } from 'playwright-core';

import { paperNameOf, type PaperSize, PDF_PRINTING } from '../services/export/pdf-options';

/**
 * Printing a print view with a Chromium driven by Playwright: what the web host
 * does for the browser preview and the end-to-end tests, and what the PDF
 * integration tests check. The Electron shell prints the same HTML with the same
 * settings through webContents.printToPDF (electron/main/export).
 */

/** The switches every browser here runs with (Debian's Chromium, headless, no background traffic). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

/** Starts a headless Chromium. playwright-core is loaded only when a host prints at all. */
export async function launchChromium(executablePath: string): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
}

/** The shared PDF settings in page.pdf's words. */
export function pagePdfOptions(paperSize: PaperSize): NonNullable<Parameters<Page['pdf']>[0]> {
  const margin = `${PDF_PRINTING.marginInches}in`;
  return {
    format: paperNameOf(paperSize),
    preferCSSPageSize: PDF_PRINTING.preferCssPageSize,
    printBackground: PDF_PRINTING.printBackground,
    displayHeaderFooter: PDF_PRINTING.headerAndFooterFromChromium,
    margin: { top: margin, bottom: margin, left: margin, right: margin },
    outline: PDF_PRINTING.documentOutline,
    tagged: PDF_PRINTING.taggedPdf,
  };
}

export type PrintRun = {
  pdf: Uint8Array;
  /** Dialogs (alert, confirm…), console messages and errors the page produced: none, if no script ran. */
  scriptSigns: string[];
};

/**
 * Prints an HTML string in a fresh browser context that is offline (the print
 * view carries its fonts inside itself) and closed afterwards. Scripts are off, as in the shell's print window; the tests turn
 * them on to show that the page's own CSP and escaping stop scripts anyway.
 */
export async function printHtml(
  browser: Browser,
  html: string,
  paperSize: PaperSize,
  { javaScript = false }: { javaScript?: boolean } = {},
): Promise<PrintRun> {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, offline: true });
  try {
    const page = await context.newPage();
    const scriptSigns: string[] = [];
    page.on('dialog', (dialog) => {
      scriptSigns.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('console', (message) =>
      scriptSigns.push(`console.${message.type()}: ${message.text()}`),
    );
    page.on('pageerror', (error) => scriptSigns.push(`error: ${error.message}`));
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf(pagePdfOptions(paperSize));
    return { pdf: new Uint8Array(pdf), scriptSigns };
  } finally {
    await context.close();
  }
}
