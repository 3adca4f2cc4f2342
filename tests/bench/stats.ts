import { type Browser, chromium } from 'playwright-core';

import { CHROMIUM_ARGS } from '../../electron/web-host/chromium-print';

/** The value below which `p` percent of the samples lie (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? NaN;
}

export const median = (samples: readonly number[]): number => percentile(samples, 50);

export function ms(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} ms`;
}

export function ratio(value: number, baseline: number): string {
  return `${(value / baseline).toFixed(value / baseline < 10 ? 2 : 1)}×`;
}

/** Debian's Chromium, headless, as every browser test of the project runs it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}
