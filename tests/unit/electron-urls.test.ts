import { describe, expect, it, vi } from 'vitest';

import { createExternalOpener } from '../../electron/main/security/external';
import {
  devServerUrlOf,
  externalUrlOf,
  isAllowedNavigation,
  originOf,
} from '../../electron/main/security/urls';
import { HostError } from '../../shared/host-api/errors';

describe('external links', () => {
  it.each([
    ['https://www.erasmusplus.kz/', 'https://www.erasmusplus.kz/'],
    ['http://example.org/path?q=1#top', 'http://example.org/path?q=1#top'],
    ['HTTPS://Example.ORG', 'https://example.org/'],
    ['mailto:tutor@example.org', 'mailto:tutor@example.org'],
    [
      'mailto:tutor@example.org?subject=Week%20plan',
      'mailto:tutor@example.org?subject=Week%20plan',
    ],
  ])('open %s as %s', (raw, normalized) => {
    expect(externalUrlOf(raw)).toBe(normalized);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'app://cotutor/index.html',
    'ftp://example.org/',
    'smb://server/share',
    'ms-settings:',
    'vbscript:msgbox',
    'https://bank.example@evil.example/',
    'https://user:secret@example.org/',
    'http://',
    'mailto:',
    'not a url',
    '',
    '//example.org',
    `https://example.org/${'a'.repeat(5000)}`,
  ])('refuse %s', (raw) => {
    expect(externalUrlOf(raw)).toBeNull();
  });
});

describe('navigation', () => {
  const trusted = ['app://cotutor'];

  it('allows reloads and pages of our own origin', () => {
    expect(isAllowedNavigation('app://cotutor/index.html', trusted)).toBe(true);
    expect(isAllowedNavigation('app://cotutor/', trusted)).toBe(true);
  });

  it('refuses every other origin, scheme or malformed URL', () => {
    for (const url of [
      'app://other/index.html',
      'app://cotutor.evil.example/',
      'https://example.org/',
      'http://localhost:5173/',
      'file:///home/user/index.html',
      'javascript:alert(1)',
      'data:text/html,hi',
      'about:blank',
      'nonsense',
    ]) {
      expect(isAllowedNavigation(url, trusted), url).toBe(false);
    }
  });

  it('allows the dev server only when it is trusted', () => {
    expect(
      isAllowedNavigation('http://localhost:5173/src/x', [
        'app://cotutor',
        'http://localhost:5173',
      ]),
    ).toBe(true);
    expect(
      isAllowedNavigation('http://localhost:5174/', ['app://cotutor', 'http://localhost:5173']),
    ).toBe(false);
  });

  it('composes origins of custom schemes, which Node reports as "null"', () => {
    expect(originOf('app://cotutor/a/b.js')).toBe('app://cotutor');
    expect(originOf('https://example.org:8443/x')).toBe('https://example.org:8443');
    expect(originOf('mailto:x@example.org')).toBeNull();
    expect(originOf('garbage')).toBeNull();
  });
});

describe('dev server URL', () => {
  it('is honoured only unpackaged, over http, on loopback', () => {
    expect(devServerUrlOf('http://localhost:5173', false)).toBe('http://localhost:5173/');
    expect(devServerUrlOf('http://127.0.0.1:5173/', false)).toBe('http://127.0.0.1:5173/');
    expect(devServerUrlOf('http://localhost:5173', true)).toBeNull();
    expect(devServerUrlOf('https://evil.example/', false)).toBeNull();
    expect(devServerUrlOf('http://192.168.1.4:5173/', false)).toBeNull();
    expect(devServerUrlOf('file:///tmp/index.html', false)).toBeNull();
    expect(devServerUrlOf(undefined, false)).toBeNull();
    expect(devServerUrlOf('', false)).toBeNull();
  });
});

describe('app.openExternal', () => {
  it('hands only validated, normalized links to the system', async () => {
    const system = vi.fn<(url: string) => Promise<void>>(async () => {});
    const open = createExternalOpener(system);
    await open('HTTPS://Example.org');
    expect(system).toHaveBeenCalledWith('https://example.org/');
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'app://cotutor/',
      'data:,x',
      '::',
    ]) {
      await expect(open(url)).rejects.toBeInstanceOf(HostError);
    }
    expect(system).toHaveBeenCalledTimes(1);
  });
});
