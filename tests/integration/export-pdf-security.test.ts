import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import type { Block, Program } from '../../shared/model/types';
import { PRINT_CSP } from '../../shared/print/print-csp';
import { launchChromium, printHtml } from '../support/print-chromium';
import { flat, pageTexts, savePdf } from '../support/print-pdf';
import {
  clilProgramForPrinting,
  HOSTILE_LINK,
  HOSTILE_LINK_TEXT,
  HOSTILE_TITLE,
  sessionsOf,
} from '../support/print-program';
import { programPrintHtml, sessionPrintHtml } from '../support/print-views';

/** A program title that tries to close the style sheet and the <title> and start a script. */
const HOSTILE_PROGRAM_TITLE =
  'CLIL "} </style></title><script>alert(2)</script><img src=x onerror=alert(3)>';

/**
 * Program content never runs as code in an export: text is escaped, unsafe
 * links lose their target, and the page's CSP forbids scripts. Printed here
 * with JavaScript ON, which the desktop app never does, to show that the page
 * itself stops them.
 */
describe('a printed program with content that looks like code', () => {
  let browser: Browser;
  let program: Program;
  let hostile: Block;

  beforeAll(async () => {
    browser = await launchChromium();
    program = clilProgramForPrinting();
    program.meta.title = HOSTILE_PROGRAM_TITLE;
    hostile = sessionsOf(program).find((block) => block.title === HOSTILE_TITLE)!;
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('would notice a script that ran', async () => {
    const run = await printHtml(
      browser,
      '<!doctype html><script>alert("ran")</script><p>x</p>',
      'a4',
      {
        javaScript: true,
      },
    );
    expect(run.scriptSigns).toContain('dialog: ran');
  });

  it('prints a script-like title and program name as text, and runs nothing', async () => {
    const html = sessionPrintHtml(program, hostile.id, 'a4');
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
    expect(policy?.replaceAll('&#x27;', "'")).toBe(PRINT_CSP);
    // Escaped as text (&lt;script&gt;, or \00003cscript in the header), never as an element.
    expect(html).not.toMatch(/<script|<img/i);

    const run = await printHtml(browser, html, 'a4', { javaScript: true });
    expect(run.scriptSigns).toEqual([]);
    const pages = pageTexts(savePdf('session-hostile.pdf', run.pdf)).map(flat);
    expect(pages[0]).toContain(HOSTILE_TITLE);
    // The running header shows the program's name as written, on every page.
    for (const page of pages) expect(page.startsWith(flat(HOSTILE_PROGRAM_TITLE))).toBe(true);
  });

  it('prints a javascript: link as its words only, with no target', async () => {
    const html = sessionPrintHtml(program, hostile.id, 'a4');
    expect(html).not.toMatch(/javascript:/i);
    const run = await printHtml(browser, html, 'a4', { javaScript: true });
    const pdf = Buffer.from(run.pdf).toString('latin1');
    expect(pdf).not.toMatch(/javascript/i);
    expect(pdf).not.toContain(HOSTILE_LINK);
    expect(pageTexts(savePdf('session-hostile-link.pdf', run.pdf)).map(flat).join(' ')).toContain(
      HOSTILE_LINK_TEXT,
    );
  });

  it('runs nothing in the whole program either', async () => {
    const run = await printHtml(browser, programPrintHtml(program, 'letter'), 'letter', {
      javaScript: true,
    });
    expect(run.scriptSigns).toEqual([]);
    expect(Buffer.from(run.pdf).toString('latin1')).not.toMatch(/javascript/i);
  });
});
