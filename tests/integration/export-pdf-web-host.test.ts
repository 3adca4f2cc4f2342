import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { startWebHost, type WebHost } from '../../electron/web-host/server';
import { CHROMIUM_PATH } from '../support/print-chromium';
import { flat, pageCount, pageText, savePdf } from '../support/print-pdf';
import { clilProgramForPrinting, KAZAKH_TITLE, sessionsOf } from '../support/print-program';
import { sessionPrintHtml } from '../support/print-views';
import { type ApiAnswer, callApi } from './fixtures/http-client';
import { quietLog, temporaryDirectory } from './fixtures/storage-fixtures';

const TEMPLATES = join(import.meta.dirname, '../../resources/templates');

/** Chromium processes this test's process started (Playwright launches the browser as our child). */
function ownChromiums(): string[] {
  const children = execFileSync('ps', ['--ppid', String(process.pid), '-o', 'comm='], {
    encoding: 'utf8',
  });
  return children.split('\n').filter((name) => /chrom/i.test(name));
}

/**
 * The web host prints PDF exports when it is started with a Chromium, as the
 * browser preview and the end-to-end tests start it: the page sends the same
 * print view as in the desktop app and gets a PDF back over HTTP.
 */
describe('PDF export through the web host', () => {
  let directory: { path: string; remove(): Promise<void> };
  let host: WebHost;
  let base: string;
  const renderPdf = (args: unknown): Promise<ApiAnswer> =>
    callApi(base, host.token, 'exports/renderPdf', args);

  beforeAll(async () => {
    directory = await temporaryDirectory('web-host-pdf');
    host = await startWebHost({
      dataDirectory: join(directory.path, 'data'),
      rendererDirectory: join(directory.path, 'renderer'),
      templatesDirectory: TEMPLATES,
      chromiumPath: CHROMIUM_PATH,
      log: quietLog,
    });
    base = new URL(host.url).origin;
  });

  afterAll(async () => {
    await host?.close();
    await directory?.remove();
  });

  it('starts no browser until the first export', () => {
    expect(ownChromiums()).toEqual([]);
  });

  it('answers a print view with a PDF', async () => {
    const program = clilProgramForPrinting();
    const session = sessionsOf(program).find((block) => block.title === KAZAKH_TITLE)!;
    const answer = await renderPdf({
      html: sessionPrintHtml(program, session.id, 'letter'),
      paperSize: 'letter',
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-type']).toBe('application/octet-stream');
    expect(Buffer.from(answer.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const path = savePdf('web-host-session.pdf', answer.bytes);
    expect(pageCount(path)).toBeGreaterThan(1);
    expect(flat(pageText(path, 1))).toContain(KAZAKH_TITLE);
  });

  it('refuses a request without HTML, or for paper it does not print on, and says why', async () => {
    const missing = await renderPdf({ paperSize: 'a4' });
    expect(missing.envelope).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(missing.envelope.ok ? '' : missing.envelope.error.detail).toMatch(
      /exports\.renderPdf: argument html/,
    );

    const a3 = await renderPdf({ html: '<p>plan</p>', paperSize: 'a3' });
    expect(a3.envelope).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    expect(a3.envelope.ok ? '' : a3.envelope.error.detail).toMatch(/argument paperSize/);

    const extra = await renderPdf({
      html: '<p>plan</p>',
      paperSize: 'a4',
      url: 'https://example.org',
    });
    expect(extra.envelope).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
    // The one request is an object: anything else is refused.
    expect((await renderPdf([])).envelope.ok).toBe(false);
  });

  it('closes its browser when it stops', async () => {
    expect(ownChromiums().length).toBeGreaterThan(0);
    await host.close();
    await expect.poll(() => ownChromiums(), { timeout: 10_000 }).toEqual([]);
  });
});

describe('a web host started without a Chromium', () => {
  it('answers that it does not make PDF files', async () => {
    const directory = await temporaryDirectory('web-host-no-pdf');
    const host = await startWebHost({
      dataDirectory: join(directory.path, 'data'),
      rendererDirectory: join(directory.path, 'renderer'),
      templatesDirectory: TEMPLATES,
      log: quietLog,
    });
    try {
      const answer = await callApi(new URL(host.url).origin, host.token, 'exports/renderPdf', {
        html: '<p>plan</p>',
        paperSize: 'a4',
      });
      expect(answer.envelope).toMatchObject({ ok: false, error: { code: 'unsupported' } });
    } finally {
      await host.close();
      await directory.remove();
    }
  });
});
