import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import type { Browser, BrowserContext, Page } from 'playwright-core';

import type { WebHostOptions } from '../../electron/web-host/server';

export type HostProcess = {
  /** http://127.0.0.1:<port>/#token=… */
  url: string;
  origin: string;
  token: string;
  pid: number;
  /** Ends the host's stdin: it flushes storage and exits. */
  close(): Promise<void>;
};

/** Starts tests/bench/host-process.ts under tsx with the given web host options. */
export async function startHostProcess(options: Omit<WebHostOptions, 'log'>): Promise<HostProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'host-process.ts')],
    {
      env: { ...process.env, COTUTOR_BENCH_HOST: JSON.stringify(options) },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  const first = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', resolve);
    child.once('exit', (code) =>
      reject(new Error(`The web host exited (${code}) before listening.`)),
    );
  });
  const { url, token } = JSON.parse(first) as { url: string; token: string };
  if (child.pid === undefined) throw new Error('The web host has no process id.');
  return {
    url,
    origin: new URL(url).origin,
    token,
    pid: child.pid,
    close: async () => {
      child.stdin.end();
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

export type ProcessIo = { wchar: number; syscw: number; writeBytes: number };

/** The kernel's write counters of a process (what it reads as /proc/self/io). */
export async function processIo(pid: number): Promise<ProcessIo> {
  const text = await readFile(`/proc/${pid}/io`, 'utf8');
  const field = (name: string): number =>
    Number(new RegExp(`^${name}: (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);
  return { wchar: field('wchar'), syscw: field('syscw'), writeBytes: field('write_bytes') };
}

/** Runs `work` on a fresh 1280×900 page of the app, opened on its library, and closes it after. */
export async function onLibraryPage<T>(
  browser: Browser,
  host: HostProcess,
  work: (page: Page, context: BrowserContext) => Promise<T>,
): Promise<T> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByRole('heading', { name: 'Programs' }).waitFor();
    return await work(page, context);
  } finally {
    await context.close();
  }
}
