import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

import {
  APP_SCHEME_PRIVILEGES,
  contentTypeOf,
  createAppProtocolHandler,
  resolveAppPath,
} from '../../electron/main/security/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/services/security/csp';

const ROOT = '/srv/cotutor/out/renderer';

describe('app:// path resolution', () => {
  it('serves index.html for the root and files inside the renderer folder', () => {
    expect(resolveAppPath('app://cotutor/', ROOT)).toBe(`${ROOT}/index.html`);
    expect(resolveAppPath('app://cotutor', ROOT)).toBe(`${ROOT}/index.html`);
    expect(resolveAppPath('app://cotutor/index.html', ROOT)).toBe(`${ROOT}/index.html`);
    expect(resolveAppPath('app://cotutor/assets/index-abc.js?v=1#x', ROOT)).toBe(
      `${ROOT}/assets/index-abc.js`,
    );
    expect(resolveAppPath('app://cotutor/fonts/Noto%20Sans.woff2', ROOT)).toBe(
      `${ROOT}/fonts/Noto Sans.woff2`,
    );
    expect(resolveAppPath('app://cotutor/..data.json', ROOT)).toBe(`${ROOT}/..data.json`);
  });

  it.each([
    'app://cotutor/..%2f..%2f..%2fetc%2fpasswd',
    'app://cotutor/assets/..%2f..%2fmain%2findex.js',
    'app://cotutor/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://cotutor/index.html%00.png',
    'app://cotutor/%E0%A4%A',
    'app://other/index.html',
    'https://cotutor/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(url, ROOT)).toBeNull();
  });

  it.each([
    // URL parsing removes literal and percent-encoded dot segments before we see them.
    'app://cotutor/../../etc/passwd',
    'app://cotutor/%2e%2e/%2e%2e/etc/passwd',
    'app://cotutor/..',
    // A backslash is an ordinary file-name character on POSIX (and a refused separator on Windows).
    'app://cotutor/..%5c..%5csecret',
  ])('keeps %s inside the renderer folder', (url) => {
    const resolved = resolveAppPath(url, ROOT);
    if (resolved !== null) expect(resolved.startsWith(`${ROOT}/`)).toBe(true);
  });

  it('gives scripts a JavaScript type, which nosniff requires', () => {
    expect(contentTypeOf('/a/index-1.js')).toMatch(/^text\/javascript/);
    expect(contentTypeOf('/a/index.HTML')).toMatch(/^text\/html/);
    expect(contentTypeOf('/a/font.woff2')).toBe('font/woff2');
    expect(contentTypeOf('/a/unknown.bin')).toBe('application/octet-stream');
  });

  it('is registered as a standard, secure scheme that supports fetch and keeps compiled code', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    });
  });
});

describe('app:// protocol handler', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'cotutor-protocol-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>Cotutor</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const handlerFor = (read = (file: string) => readFile(file)) =>
    createAppProtocolHandler({ root, readFile: read });

  function expectSecurityHeaders(response: Response): void {
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  }

  it('serves index.html with the CSP', async () => {
    const response = await handlerFor()(new Request('app://cotutor/'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    expectSecurityHeaders(response);
    expect(await response.text()).toContain('<title>Cotutor</title>');
  });

  it('serves assets with their type', async () => {
    const response = await handlerFor()(new Request('app://cotutor/assets/app.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/);
    expectSecurityHeaders(response);
  });

  it('refuses traversal without reading anything, and still sends the headers', async () => {
    const read = vi.fn((file: string) => readFile(file));
    const response = await handlerFor(read)(
      new Request('app://cotutor/..%2f..%2f..%2fetc%2fpasswd'),
    );
    expect(response.status).toBe(403);
    expect(read).not.toHaveBeenCalled();
    expectSecurityHeaders(response);
  });

  it('answers 404 for missing files and 405 for anything but GET and HEAD', async () => {
    const missing = await handlerFor()(new Request('app://cotutor/nothing.js'));
    expect(missing.status).toBe(404);
    expectSecurityHeaders(missing);
    const post = await handlerFor()(
      new Request('app://cotutor/index.html', { method: 'POST', body: 'x' }),
    );
    expect(post.status).toBe(405);
    expectSecurityHeaders(post);
    const head = await handlerFor()(new Request('app://cotutor/index.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
