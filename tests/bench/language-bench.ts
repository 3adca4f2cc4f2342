import type { Browser, Page } from 'playwright-core';

import type { HostProcess } from './host';
import { openSession } from './key-bench';
import { median, ms, ratio } from './stats';

/**
 * (j) Switching the interface's language with the large program's session plan
 * open: from the choice in Preferences to the first frame painted with the
 * plan's labels in the new language. The first switch to Russian loads its
 * catalogs; the later ones find them loaded. The baseline is the same path for
 * the appearance (a setting saved through the host and applied to the page),
 * which repaints without re-rendering a word.
 */
export type LanguageResult = {
  /** The first switch to Russian, catalogs fetched (ms). */
  first: number;
  /** The later switches, English ↔ Russian (ms). */
  switches: number[];
  /** The appearance switched light ↔ dark through the same dialog (ms). */
  appearance: number[];
};

export type LanguageTarget = { host: HostProcess; programId: string; blockId: string };

/** A field's label on the session plan in each language (shared/i18n/locales/<lang>/session.json). */
const LABELS = { en: 'Content objectives', ru: 'Предметные цели' } as const;

/**
 * Changes the dialog's language choice (a <select>) or clicks an appearance as
 * the user does, then resolves with the time until the frame after the change
 * is first seen on the page (measured in the page, one clock).
 */
function changeAndTime(kind: 'language' | 'appearance', value: string, label: string): string {
  return `new Promise((resolve) => {
    const value = ${JSON.stringify(value)};
    const label = ${JSON.stringify(label)};
    const dialog = document.querySelector('dialog[open]');
    const labelled = () => document.evaluate('//*[text()=' + JSON.stringify(label) + ']', document.body, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue !== null;
    const done = ${kind === 'language'}
      ? () => document.documentElement.lang === value && labelled()
      : () => document.documentElement.dataset.appearance === value;
    const started = performance.now();
    if (${kind === 'language'}) {
      const select = dialog.querySelector('select');
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    } else {
      dialog.querySelector('input[type=radio][value=' + value + ']').click();
    }
    const check = () => {
      if (!done()) return requestAnimationFrame(check);
      // This frame paints what done() saw; the message after it runs once it has.
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - started);
        channel.port2.postMessage(null);
      });
    };
    requestAnimationFrame(check);
  })`;
}

const timed = (page: Page, kind: 'language' | 'appearance', value: string, label = '') =>
  page.evaluate<number>(changeAndTime(kind, value, label));

export async function benchLanguage(
  browser: Browser,
  target: LanguageTarget,
  runs: number,
): Promise<LanguageResult> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await openSession(page, target.host, target.programId, target.blockId);
    await page.getByRole('textbox', { name: LABELS.en, exact: true }).waitFor();
    await page.getByRole('button', { name: 'Preferences' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox').first().waitFor();

    const first = await timed(page, 'language', 'ru', LABELS.ru);
    const switches: number[] = [];
    for (let run = 0; run < runs; run++) {
      const [value, label] =
        run % 2 === 0 ? (['en', LABELS.en] as const) : (['ru', LABELS.ru] as const);
      switches.push(await timed(page, 'language', value, label));
    }
    // Back to English whatever the count, for the benchmarks that follow.
    if (runs % 2 === 0) switches.push(await timed(page, 'language', 'en', LABELS.en));

    const appearance: number[] = [];
    for (let run = 0; run < runs; run++) {
      const value = run % 2 === 0 ? 'dark' : 'light';
      appearance.push(await timed(page, 'appearance', value));
    }
    await dialog.getByRole('radio', { name: 'System' }).check();
    return { first, switches, appearance };
  } finally {
    await context.close();
  }
}

export function languageRows(result: LanguageResult): [string, string, string, string, string][] {
  const switched = median(result.switches);
  const appearance = median(result.appearance);
  return [
    [
      'Switch language, large program’s session plan open → repainted (median)',
      ms(switched),
      `appearance ${ms(appearance)}`,
      ratio(switched, appearance),
      `≤ 300 ms: ${switched <= 300 ? 'met' : 'missed'}`,
    ],
    [
      '↳ first switch to Russian (its catalogs fetched)',
      ms(result.first),
      '',
      '',
      `≤ 300 ms: ${result.first <= 300 ? 'met' : 'missed'}`,
    ],
    ['↳ slowest switch', ms(Math.max(...result.switches)), '', '', ''],
  ];
}
