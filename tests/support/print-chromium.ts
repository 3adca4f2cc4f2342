import type { Browser } from 'playwright-core';

import { launchChromium as launch } from '../../electron/web-host/chromium-print';

export { printHtml } from '../../electron/web-host/chromium-print';

/** Debian's Chromium, or the one CHROMIUM_PATH names, as every browser test here launches it. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return launch(CHROMIUM_PATH);
}
