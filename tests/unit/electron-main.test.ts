import { EventEmitter } from 'node:events';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { BrowserWindowConstructorOptions } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { DEFAULT_WINDOW_SIZE } from '../../electron/main/security/web-preferences';
import { channelOf } from '../../shared/host-api/contract';
import { HOST_METHODS } from '../../shared/host-api/methods';

/**
 * The main process's wiring (electron/main/index.ts and app/start.ts), run in
 * Node against a stand-in for the 'electron' module and the real services on a
 * temporary data folder: what the Electron binary would do, short of pixels.
 */

type Listener = (event: unknown, ...args: unknown[]) => Promise<unknown>;

class FakeWebContents extends EventEmitter {
  readonly sent: unknown[][] = [];
  windowOpenHandler: unknown;
  constructor(readonly id: number) {
    super();
  }
  send(...args: unknown[]): void {
    this.sent.push(args);
  }
  setWindowOpenHandler(handler: unknown): void {
    this.windowOpenHandler = handler;
  }
}

function fakeElectron() {
  const calls: string[] = [];
  const paths: Record<string, string> = { userData: '/nonexistent/default-profile' };
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const state = { quit: false };
  const handlers = new Map<string, Listener>();
  const windows: FakeWindow[] = [];
  let menu: unknown;
  let protocolHandler: ((request: Request) => Promise<Response>) | undefined;
  type VerifyProc = (
    request: { hostname: string; certificate: { data: string } },
    callback: (verdict: number) => void,
  ) => void;
  let certificateProc: VerifyProc | undefined;

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    setPath: (name: string, value: string) => void (paths[name] = value),
    getPath: (name: string) => paths[name]!,
    enableSandbox: () => void calls.push('enableSandbox'),
    requestSingleInstanceLock: () => (calls.push(`lock:${paths.userData}`), true),
    whenReady: () => ready,
    getName: () => 'Cotutor',
    getVersion: () => '0.1.0-test',
    getPreferredSystemLanguages: () => ['en-GB'],
    setAboutPanelOptions: () => {},
    setAppUserModelId: () => {},
    exit: (code: number) => calls.push(`exit:${code}`),
    quit: () => {
      const event = { prevented: false, preventDefault: () => void (event.prevented = true) };
      app.emit('before-quit', event);
      if (!event.prevented) state.quit = true;
    },
  });

  let nextId = 1;
  class FakeWindow extends EventEmitter {
    readonly webContents = new FakeWebContents(nextId++);
    readonly loadURL = vi.fn<(url: string) => Promise<void>>(async () => {});
    destroyed = false;
    shown = false;
    constructor(readonly options: BrowserWindowConstructorOptions) {
      super();
      app.emit('web-contents-created', {}, this.webContents);
      windows.push(this);
    }
    isDestroyed = () => this.destroyed;
    isFocused = () => true;
    isMinimized = () => false;
    isMaximized = () => false;
    getNormalBounds = () => ({ x: 40, y: 30, width: 1100, height: 700 });
    show = () => void (this.shown = true);
    maximize = () => {};
    focus = () => {};
    restore = () => {};
    setBackgroundColor = () => {};
    close = () => {
      this.emit('close', { preventDefault: () => {} });
      this.destroy();
    };
    destroy = () => {
      this.destroyed = true;
      this.emit('closed');
    };
  }

  const module = {
    app,
    BrowserWindow: FakeWindow,
    dialog: { showErrorBox: (title: string, text: string) => calls.push(`error:${title}:${text}`) },
    ipcMain: {
      handle: (channel: string, listener: Listener) => handlers.set(channel, listener),
      removeHandler: (channel: string) => handlers.delete(channel),
    },
    Menu: {
      buildFromTemplate: (template: unknown) => template,
      setApplicationMenu: (value: unknown) => void (menu = value),
    },
    nativeTheme: Object.assign(new EventEmitter(), { shouldUseDarkColors: true }),
    protocol: {
      registerSchemesAsPrivileged: (schemes: { scheme: string }[]) =>
        calls.push(`privileged:${schemes.map((s) => s.scheme).join()}`),
      handle: (scheme: string, handler: typeof protocolHandler) => {
        calls.push(`handle:${scheme}`);
        protocolHandler = handler;
      },
    },
    screen: {
      getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
      getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: () => void calls.push('permission-request-handler'),
        setPermissionCheckHandler: () => void calls.push('permission-check-handler'),
        setCertificateVerifyProc: (proc: VerifyProc) => {
          calls.push('certificate-verify-proc');
          certificateProc = proc;
        },
      },
    },
    shell: { openExternal: vi.fn<(url: string) => Promise<void>>(async () => {}) },
  };
  return {
    module,
    calls,
    markReady,
    state,
    handlers,
    windows,
    menu: () => menu,
    protocolHandler: () => protocolHandler,
    certificateProc: () => certificateProc,
  };
}

type Electron = ReturnType<typeof fakeElectron>;

type MainProcess = {
  electron: Electron;
  userData: string;
  /** Calls a registered IPC handler as our own page would. */
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  /** Whether start() ran, so that the services must be closed by quitting. */
  started: boolean;
};

/**
 * Runs electron/main/index.ts afresh (its top level is the part before 'ready')
 * against a new stand-in for Electron, on a new profile folder.
 */
async function launchMain(): Promise<MainProcess> {
  const userData = mkdtempSync(join(tmpdir(), 'cotutor-main-'));
  const electron = fakeElectron();
  const trustedEvent = () => ({
    senderFrame: { url: 'app://cotutor/index.html', parent: null },
    sender: electron.windows[0]!.webContents,
  });
  vi.resetModules();
  vi.stubEnv('COTUTOR_USER_DATA', userData);
  vi.stubEnv('ELECTRON_RENDERER_URL', '');
  vi.doMock('electron', () => electron.module);
  await import('../../electron/main/index');
  return {
    electron,
    userData,
    invoke: (channel, ...args) => electron.handlers.get(channel)!(trustedEvent(), ...args),
    started: false,
  };
}

/** Lets Electron become ready and waits for the window: then everything start() sets up is there. */
async function becomeReady(main: MainProcess): Promise<MainProcess> {
  main.electron.markReady();
  main.started = true;
  await vi.waitFor(() => expect(main.electron.windows).toHaveLength(1), { timeout: 10_000 });
  return main;
}

/** Quits as the user would, and waits until storage is flushed and the app may exit. */
async function quit(electron: Electron): Promise<void> {
  electron.module.app.quit();
  await vi.waitFor(() => expect(electron.state.quit).toBe(true), { timeout: 10_000 });
}

describe('main process wiring', () => {
  // Each test has its own main process; the import is done here, outside the test's own time.
  let main: MainProcess;
  beforeEach(async () => {
    main = await launchMain();
  });

  afterEach(async () => {
    try {
      if (main.started && !main.electron.state.quit) await quit(main.electron);
    } finally {
      vi.doUnmock('electron');
      vi.unstubAllEnvs();
      rmSync(main.userData, { recursive: true, force: true });
    }
  });

  it('prepares sandbox, scheme and profile before ready, and takes the lock on the test profile', async () => {
    const { electron, userData } = main;
    expect(electron.calls).toEqual(['privileged:app', 'enableSandbox', `lock:${userData}`]);
    expect(electron.windows).toHaveLength(0);
  });

  it('after ready, serves app://, denies permissions, answers IPC and opens one hardened window', async () => {
    const { electron } = await becomeReady(main);
    expect(electron.calls).toEqual(
      expect.arrayContaining([
        'handle:app',
        'permission-request-handler',
        'permission-check-handler',
        'certificate-verify-proc',
      ]),
    );
    // No server is pinned yet: every certificate gets Chromium's own verdict.
    const verdicts: number[] = [];
    electron.certificateProc()?.(
      { hostname: '192.168.1.23', certificate: { data: 'a certificate' } },
      (verdict) => verdicts.push(verdict),
    );
    expect(verdicts).toEqual([-3]);
    const expected = Object.entries(HOST_METHODS).flatMap(([ns, methods]) =>
      (methods as readonly string[]).map((m) => channelOf(ns, m)),
    );
    expect([...electron.handlers.keys()].sort()).toEqual(expected.sort());

    const [window] = electron.windows;
    expect(window!.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(window!.options.webPreferences?.preload).toMatch(/preload\/index\.cjs$/);
    expect(window!.options).toMatchObject({ show: false, ...DEFAULT_WINDOW_SIZE });
    expect(window!.loadURL).toHaveBeenCalledWith('app://cotutor/index.html');
    window!.emit('ready-to-show');
    expect(window!.shown).toBe(true);
    expect(window!.webContents.listenerCount('will-navigate')).toBe(1);
    expect(window!.webContents.listenerCount('will-attach-webview')).toBe(1);
    expect(window!.webContents.windowOpenHandler).toBeTypeOf('function');
    expect(electron.menu()).toBeInstanceOf(Array);
  });

  it('refuses traversal on app://', async () => {
    const { electron } = await becomeReady(main);
    const response = await electron.protocolHandler()!(
      new Request('app://cotutor/..%2f..%2fpackage.json'),
    );
    expect(response.status).toBe(403);
  });

  it('runs the real services for our page and refuses other senders', async () => {
    const { electron, userData, invoke } = await becomeReady(main);
    const templates = await invoke('library:templates');
    expect(templates).toMatchObject({ ok: true });
    const ids = (templates as { value: { id: string }[] }).value.map((t) => t.id);
    expect(ids).toContain('clil');

    const created = await invoke('library:create', {
      templateId: 'clil',
      title: 'CLIL week in Pavlodar',
      startDate: '2026-03-02',
    });
    expect(created).toMatchObject({ ok: true, value: { title: 'CLIL week in Pavlodar' } });
    // The library's change reaches the window as an event, on the event's own channel.
    const { id } = (created as { value: { id: string } }).value;
    expect(electron.windows[0]!.webContents.sent).toContainEqual([
      'library:onDidChange',
      { programId: id },
    ]);
    const info = await invoke('app:info');
    expect(info).toMatchObject({
      ok: true,
      value: { shell: 'electron', version: '0.1.0-test', dataDirectory: userData },
    });

    const refused = await electron.handlers.get('library:list')!({
      senderFrame: { url: 'https://evil.example/', parent: null },
      sender: electron.windows[0]!.webContents,
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('opens links only through the validated opener', async () => {
    const { electron, invoke } = await becomeReady(main);
    const open = electron.module.shell.openExternal;
    expect(await invoke('app:openExternal', { url: 'https://example.org/' })).toEqual({
      ok: true,
      value: null,
    });
    expect(open).toHaveBeenCalledWith('https://example.org/');
    expect(await invoke('app:openExternal', { url: 'file:///etc/passwd' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    });
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('sends menu commands to the window', async () => {
    const { electron } = await becomeReady(main);
    const file = (
      electron.menu() as { label?: string; submenu?: { label?: string; click?: () => void }[] }[]
    ).find((item) => item.label === 'File')!;
    file.submenu!.find((item) => item.label === 'New program')!.click!();
    const commands = electron.windows[0]!.webContents.sent.filter(
      ([channel]) => channel === 'app:command',
    );
    expect(commands).toEqual([['app:command', 'new-program']]);
  });

  it('rebuilds the menus in the language chosen in Preferences', async () => {
    const { electron, invoke } = await becomeReady(main);
    const titles = () => (electron.menu() as { label?: string }[]).map((item) => item.label);
    expect(titles()).toContain('File');
    await invoke('settings:update', { language: 'ru' });
    expect(titles()).toContain('Файл');
    expect(titles()).not.toContain('File');
  });

  it('on quit, closes the window (saving its place), flushes storage, then quits', async () => {
    const { electron, userData } = await becomeReady(main);
    electron.module.app.quit();
    expect(electron.state.quit).toBe(false);
    await vi.waitFor(() => expect(electron.state.quit).toBe(true), { timeout: 10_000 });
    expect(electron.windows[0]!.destroyed).toBe(true);
    const stateFile = join(userData, 'window-state.json');
    expect(existsSync(stateFile)).toBe(true);
    expect(JSON.parse(readFileSync(stateFile, 'utf8'))).toEqual({
      bounds: { x: 40, y: 30, width: 1100, height: 700 },
      maximized: false,
    });
  });
});
