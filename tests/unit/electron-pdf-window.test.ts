import { EventEmitter } from 'node:events';

import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  PrintToPDFOptions,
  Session,
} from 'electron';
import { describe, expect, it, vi } from 'vitest';

import { pdfWindowExports } from '../../electron/main/export/pdf-window';
import {
  isPrintRequestAllowed,
  PRINT_ORIGIN,
  PrintDocuments,
} from '../../electron/main/export/print-documents';
import { HostError } from '../../shared/host-api/errors';
import { PRINT_CSP } from '../../shared/print/print-csp';

/**
 * The Electron half of PDF export, run in Node with stand-ins for the window
 * and the session: what printToPDF is asked for, and that the hidden window
 * is locked down and always closed. (Chromium's own printing of the same HTML
 * with the same options is proved in tests/integration/export-pdf-*.)
 */

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]); // "%PDF-"

type Behaviour = { load?: () => Promise<void>; print?: () => Promise<Buffer> };

class FakeContents extends EventEmitter {
  openHandler: (() => unknown) | undefined;
  readonly printToPDF = vi.fn<(options: PrintToPDFOptions) => Promise<Buffer>>();
  setWindowOpenHandler(handler: () => unknown): void {
    this.openHandler = handler;
  }
}

class FakeWindow {
  readonly webContents = new FakeContents();
  destroyed = false;
  loadedUrl: string | undefined;
  /** What the print session answered when the window asked for its page. */
  served: string | undefined;
  constructor(
    readonly options: BrowserWindowConstructorOptions,
    behaviour: Behaviour,
    serve: (url: string) => Promise<Response>,
  ) {
    this.webContents.printToPDF.mockImplementation(
      behaviour.print ?? (async () => Buffer.from(PDF)),
    );
    this.loadURL = async (url: string) => {
      this.loadedUrl = url;
      this.served = await (await serve(url)).text();
      await (behaviour.load ?? (async () => undefined))();
    };
  }
  loadURL: (url: string) => Promise<void>;
  isDestroyed = () => this.destroyed;
  destroy = () => void (this.destroyed = true);
}

function fakeSession() {
  const calls: string[] = [];
  let handler: ((request: Request) => Promise<Response>) | undefined;
  let filter:
    | ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void)
    | undefined;
  let permissionCheck: (() => boolean) | undefined;
  const session = {
    protocol: {
      handle: (scheme: string, handle: typeof handler) => {
        calls.push(`handle:${scheme}`);
        handler = handle;
      },
    },
    webRequest: { onBeforeRequest: (listener: typeof filter) => void (filter = listener) },
    setPermissionRequestHandler: () => void calls.push('permission-request-handler'),
    setPermissionCheckHandler: (check: typeof permissionCheck) => void (permissionCheck = check),
  };
  return {
    session: session as unknown as Session,
    calls,
    serve: (url: string) => handler!(new Request(url)),
    cancels: (url: string) => {
      let cancel: boolean | undefined;
      filter!({ url }, (response) => (cancel = response.cancel));
      return cancel;
    },
    permitted: () => permissionCheck!(),
  };
}

function printer(behaviour: Behaviour = {}) {
  const windows: FakeWindow[] = [];
  const session = fakeSession();
  const printSession = vi.fn(() => session.session);
  const exports = pdfWindowExports({
    construct: (options) => {
      const window = new FakeWindow(options, behaviour, session.serve);
      windows.push(window);
      return window as unknown as BrowserWindow;
    },
    printSession,
    timeoutMs: 200,
  });
  return { exports, windows, session, printSession };
}

describe('printing a PDF in the desktop app', () => {
  it('prints in a hidden, sandboxed window without scripts or preload, on its own session', async () => {
    const { exports, windows, session } = printer();
    await exports.renderPdf({ html: '<p>plan</p>', paperSize: 'a4' });
    const [window] = windows;
    expect(window!.options.show).toBe(false);
    const preferences = window!.options.webPreferences!;
    expect(preferences).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
    });
    expect(preferences).not.toHaveProperty('preload');
    expect(preferences.session).toBe(session.session);
    expect(window!.loadedUrl).toMatch(new RegExp(`^${PRINT_ORIGIN}/[0-9a-f-]{36}\\.html$`));
    expect(window!.served).toBe('<p>plan</p>');
  });

  it('denies new windows, navigation and redirects in the print window', async () => {
    const { exports, windows } = printer();
    await exports.renderPdf({ html: '<a href="https://example.org">x</a>', paperSize: 'a4' });
    const contents = windows[0]!.webContents;
    expect(contents.openHandler!()).toEqual({ action: 'deny' });
    for (const name of ['will-navigate', 'will-redirect']) {
      const event = { preventDefault: vi.fn() };
      contents.emit(name, event);
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
  });

  it('asks printToPDF for the paper, backgrounds, bookmarks and tags, with the page’s own margins', async () => {
    const { exports, windows } = printer();
    const pdf = await exports.renderPdf({ html: '<p>plan</p>', paperSize: 'letter' });
    expect(pdf).toBeInstanceOf(Uint8Array);
    expect([...pdf]).toEqual([...PDF]);
    expect(windows[0]!.webContents.printToPDF).toHaveBeenCalledWith({
      pageSize: 'Letter',
      preferCSSPageSize: true,
      printBackground: true,
      margins: { top: 0, bottom: 0, left: 0, right: 0 },
      displayHeaderFooter: false,
      generateDocumentOutline: true,
      generateTaggedPDF: true,
    });
    await exports.renderPdf({ html: '<p>plan</p>', paperSize: 'a4' });
    expect(windows[1]!.webContents.printToPDF.mock.calls[0]![0].pageSize).toBe('A4');
  });

  it('closes the window after a PDF is made', async () => {
    const { exports, windows } = printer();
    await exports.renderPdf({ html: '<p>plan</p>', paperSize: 'a4' });
    expect(windows[0]!.destroyed).toBe(true);
  });

  it('closes the window when printing fails, and says so', async () => {
    const { exports, windows } = printer({
      print: async () => {
        throw new Error('Printing failed');
      },
    });
    const failure = exports.renderPdf({ html: '<p>plan</p>', paperSize: 'a4' });
    await expect(failure).rejects.toBeInstanceOf(HostError);
    await expect(failure).rejects.toMatchObject({ code: 'pdf-failed', detail: 'Printing failed' });
    expect(windows[0]!.destroyed).toBe(true);
  });

  it('closes the window when the page does not load, or hangs', async () => {
    const failing = printer({
      load: async () => {
        throw new Error('ERR_FAILED (-2) loading');
      },
    });
    await expect(
      failing.exports.renderPdf({ html: '<p>plan</p>', paperSize: 'a4' }),
    ).rejects.toThrow(/ERR_FAILED/);
    expect(failing.windows[0]!.destroyed).toBe(true);
    expect(failing.windows[0]!.webContents.printToPDF).not.toHaveBeenCalled();

    const hanging = printer({ load: () => new Promise(() => undefined) });
    await expect(
      hanging.exports.renderPdf({ html: '<p>plan</p>', paperSize: 'a4' }),
    ).rejects.toThrow(/Loading the print view took longer than/);
    expect(hanging.windows[0]!.destroyed).toBe(true);
  });

  it('sets up the print session once, on the first export: its protocol, no other requests, no permissions', async () => {
    const { exports, session, printSession } = printer();
    expect(printSession).not.toHaveBeenCalled();
    await exports.renderPdf({ html: '<p>one</p>', paperSize: 'a4' });
    await exports.renderPdf({ html: '<p>two</p>', paperSize: 'a4' });
    expect(printSession).toHaveBeenCalledTimes(1);
    expect(session.calls).toEqual(['handle:app', 'permission-request-handler']);
    expect(session.permitted()).toBe(false);
    expect(session.cancels(`${PRINT_ORIGIN}/0b7e7c1e-7f3a-4a51-9d1e-2f1f5b0c1a2b.html`)).toBe(
      false,
    );
    expect(session.cancels('data:font/woff2;base64,AAAA')).toBe(false);
    for (const url of [
      'https://example.org/x.png',
      'file:///etc/passwd',
      'app://cotutor/index.html',
      'ws://10.0.0.2:1234',
    ]) {
      expect(session.cancels(url), url).toBe(true);
    }
  });

  it('holds the page only while it prints', async () => {
    const { exports, windows, session } = printer();
    await exports.renderPdf({ html: '<p>once</p>', paperSize: 'a4' });
    expect(windows[0]!.served).toBe('<p>once</p>');
    expect((await session.serve(windows[0]!.loadedUrl!)).status).toBe(404);
  });
});

describe('the print documents', () => {
  it('serves a held page with the print CSP, and nothing else', async () => {
    const documents = new PrintDocuments();
    const page = documents.add('<!doctype html><p>Тіл үйрену</p>');
    const served = await documents.handle(new Request(page.url));
    expect(served.status).toBe(200);
    expect(served.headers.get('content-security-policy')).toBe(PRINT_CSP);
    expect(served.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await served.text()).toBe('<!doctype html><p>Тіл үйрену</p>');

    for (const url of [
      `${PRINT_ORIGIN}/`,
      `${PRINT_ORIGIN}/../index.html`,
      page.url.replace('print', 'cotutor'),
      `${page.url}x`,
    ]) {
      expect((await documents.handle(new Request(url))).status, url).toBe(404);
    }
    expect(
      (await documents.handle(new Request(page.url, { method: 'POST', body: 'x' }))).status,
    ).toBe(404);
    page.remove();
    expect(documents.size).toBe(0);
    expect((await documents.handle(new Request(page.url))).status).toBe(404);
  });

  it('lets only the document and data: URLs through', () => {
    expect(isPrintRequestAllowed(`${PRINT_ORIGIN}/a.html`)).toBe(true);
    expect(isPrintRequestAllowed('data:font/woff2;base64,AA')).toBe(true);
    expect(isPrintRequestAllowed('app://printer.example/')).toBe(false);
    expect(isPrintRequestAllowed('https://print/')).toBe(false);
  });
});
