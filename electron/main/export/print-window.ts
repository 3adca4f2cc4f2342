import type { BrowserWindowConstructorOptions, Session } from 'electron';

import { LOCKED_DOWN } from '../security/web-preferences';

/**
 * The hidden window a PDF is printed in. It shows a page built from program
 * content, so it gets less than the main window: no preload, no JavaScript at
 * all, the sandbox, and a session of its own that loads nothing but the page.
 * On top of the baseline every window shares, written out in full so that a
 * change of Electron's defaults cannot loosen it.
 */
export function printWindowOptions(session: Session): BrowserWindowConstructorOptions {
  return {
    show: false,
    // Painting while hidden is what printToPDF needs; the size only matters for screen media.
    paintWhenInitiallyHidden: true,
    width: 794,
    height: 1123,
    webPreferences: {
      ...LOCKED_DOWN,
      session,
      javascript: false,
      spellcheck: false,
      // A hidden window must not be throttled while it lays out and prints.
      backgroundThrottling: false,
    },
  };
}

/** The in-memory session of print windows (no "persist:": nothing is written to disk). */
export const PRINT_PARTITION = 'cotutor-print';
