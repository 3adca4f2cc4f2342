import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';

import { expect, test } from '@playwright/test';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

import { SCREENSHOTS } from './fixtures';

const ROOT = resolve(import.meta.dirname, '../..');
const PAGE = join(ROOT, 'tests/e2e/comparison-page');
const OUT = join(ROOT, 'test-results/comparison-page');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
};

let server: Server;
let url = '';

// The view alone, built from its own small page (comparison-page/), as the screens that use it show it.
test.beforeAll(async () => {
  await build({
    root: PAGE,
    base: './',
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir: OUT, emptyOutDir: true },
  });
  server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(OUT, path === '/' ? 'index.html' : path);
    if (!file.startsWith(OUT)) return void response.writeHead(403).end();
    readFile(file).then(
      (body) =>
        response
          .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
          .end(body),
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

test.afterAll(async () => {
  await new Promise((done) => server.close(done));
});

test('a comparison reads per day, then per session, with changed words marked not by colour alone', async ({
  page,
}) => {
  await page.goto(url);
  const view = page.getByRole('region', { name: 'Changes' });
  await expect(view).toBeVisible();

  const settings = view.locator('section').filter({ hasText: 'Program settings' });
  await expect(settings.locator('ins')).toHaveText('inserted: in Pavlodar end of change');

  const day1 = view.getByRole('region', { name: /^Day 1/ });
  await expect(day1.getByRole('heading', { level: 3 })).toHaveText([
    'Scaffolding content and language',
    'Coffee breakRemoved',
  ]);
  await expect(day1).toContainText('Duration 1 h 30 min → 1 h');
  await expect(day1.locator('del').filter({ hasText: 'three' })).toHaveCount(1);
  await expect(day1.locator('ins').filter({ hasText: 'four' })).toHaveCount(1);
  // Struck through and underlined, whatever the colours.
  await expect(day1.locator('del').first()).toHaveCSS('text-decoration-line', 'line-through');
  await expect(day1.locator('ins').first()).toHaveCSS('text-decoration-line', 'underline');
  await expect(day1).toContainText('Stage: Reflection');

  const day2 = view.getByRole('region', { name: /^Day 2/ });
  await expect(day2).toContainText('Moved from Day 1');
  await expect(day2).toContainText('Visit to School 12');
  await page.screenshot({ path: join(SCREENSHOTS, 'comparison-view.png'), fullPage: true });
});
