import type { Browser } from 'playwright-core';

import type { ExportService } from '../../shared/host-api/contract';
import { HostError, messageOf } from '../../shared/host-api/errors';
import type { Logger } from '../services/logger';
import { launchChromium, printHtml } from './chromium-print';

export type ChromiumExports = ExportService & {
  /** Closes the browser, if one was started; printing afterwards is refused. */
  close(): Promise<void>;
};

/**
 * PDF printing for the web host: the print view the page sends, printed by the
 * Chromium at `executablePath` with scripts off and no network, exactly as the
 * desktop app's hidden window prints it. The browser starts on the first
 * export (most sessions of the preview never print) and is shared by every
 * export after it; each print gets a fresh context of its own.
 */
export function chromiumExports(executablePath: string, log: Logger): ChromiumExports {
  let browser: Promise<Browser> | undefined;
  let closed = false;

  const started = (): Promise<Browser> => {
    if (browser !== undefined) return browser;
    const launching = launchChromium(executablePath);
    browser = launching;
    // A browser that failed to start or crashed is started again by the next export.
    const forget = (): void => {
      if (browser === launching) browser = undefined;
    };
    launching.then((launched) => launched.on('disconnected', forget), forget);
    return launching;
  };

  return {
    async renderPdf({ html, paperSize }) {
      if (closed)
        throw new HostError(
          'shutting-down',
          {},
          'The web host is stopping; PDF files cannot be made now',
        );
      let chromium: Browser;
      try {
        chromium = await started();
      } catch (error) {
        throw new HostError(
          'pdf-failed',
          {},
          `Chromium at ${executablePath} did not start (${firstLine(error)})`,
        );
      }
      try {
        return (await printHtml(chromium, html, paperSize)).pdf;
      } catch (error) {
        log.warn(`Printing a PDF failed: ${messageOf(error)}`);
        throw new HostError('pdf-failed', {}, firstLine(error));
      }
    },
    async close() {
      closed = true;
      const running = browser;
      browser = undefined;
      if (running === undefined) return;
      await running.then((launched) => launched.close()).catch(() => undefined);
    },
  };
}

/** Playwright's errors carry a call log after the first line; the reader needs only the first. */
function firstLine(error: unknown): string {
  const message = messageOf(error);
  return message.split('\n', 1)[0] ?? message;
}
