import { EventEmitter } from 'node:events';

import type { HandlerDetails, Session, WebContents, WindowOpenHandlerResponse } from 'electron';
import { describe, expect, it, vi } from 'vitest';

import { denyPermissions, hardenWebContents } from '../../electron/main/security/harden';

class FakeContents extends EventEmitter {
  openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | undefined;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.openHandler = handler;
  }
}

function harden() {
  const contents = new FakeContents();
  const openExternal = vi.fn();
  hardenWebContents(contents as unknown as WebContents, {
    trustedOrigins: ['app://cotutor'],
    openExternal,
  });
  const event = (url?: string) => ({ url, preventDefault: vi.fn() });
  const open = (url: string) => contents.openHandler!({ url } as HandlerDetails);
  return { contents, openExternal, event, open };
}

describe('every web contents', () => {
  it('may reload our own pages but not navigate anywhere else', () => {
    const { contents, event } = harden();
    const reload = event('app://cotutor/index.html');
    contents.emit('will-navigate', reload);
    expect(reload.preventDefault).not.toHaveBeenCalled();
    for (const url of [
      'https://example.org/',
      'file:///etc/passwd',
      'app://elsewhere/',
      'javascript:void 0',
    ]) {
      const away = event(url);
      contents.emit('will-navigate', away);
      expect(away.preventDefault, url).toHaveBeenCalled();
    }
  });

  it('refuses redirects and <webview> attachments', () => {
    const { contents, event } = harden();
    const redirect = event('app://cotutor/index.html');
    contents.emit('will-redirect', redirect);
    expect(redirect.preventDefault).toHaveBeenCalled();
    const webview = event();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('never opens an Electron window, and opens only safe links in the system browser', () => {
    const { open, openExternal } = harden();
    expect(open('https://example.org/guide')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.org/guide');
    expect(open('mailto:tutor@example.org')).toEqual({ action: 'deny' });
    for (const url of [
      'javascript:alert(1)',
      'file:///etc/passwd',
      'app://cotutor/index.html',
      'data:,x',
      '',
    ]) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(openExternal).toHaveBeenCalledTimes(2);
  });
});

describe('permissions', () => {
  it('are all denied, asked or checked', () => {
    let request:
      | ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void)
      | undefined;
    let check: ((contents: unknown, permission: string) => boolean) | undefined;
    const session = {
      setPermissionRequestHandler: (handler: typeof request) => (request = handler),
      setPermissionCheckHandler: (handler: typeof check) => (check = handler),
    };
    denyPermissions(session as unknown as Session);
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'hid',
    ]) {
      const callback = vi.fn();
      request!(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check!(null, permission)).toBe(false);
    }
  });
});
