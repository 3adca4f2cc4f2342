import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  nativeTheme,
  protocol,
  screen,
  session,
  shell,
} from 'electron';

import { COMMAND_CHANNEL } from '../../../shared/host-api/bridge';
import { dispatch, serviceChannel } from '../../services/host/dispatch';
import { createHostServices } from '../../services/host/services';
import { pdfWindowExports } from '../export/pdf-window';
import { PRINT_PARTITION } from '../export/print-window';
import { dialogFiles } from '../files/dialog-files';
import { registerHostHandlers } from '../ipc/register';
import { createSenderCheck } from '../ipc/sender';
import { followLanguage } from '../menu/follow-language';
import { menuLabels } from '../menu/labels';
import { buildMenuTemplate } from '../menu/template';
import { APP_ENTRY_URL, APP_SCHEME, createAppProtocolHandler } from '../security/app-protocol';
import { certificateVerdict } from '../security/certificate-pins';
import { denyPermissions } from '../security/harden';
import { backgroundColorFor } from '../security/web-preferences';
import { closeAllWindows } from '../window/close-all';
import { createMainWindow } from '../window/main-window';
import type { WindowRegistry } from '../window/registry';
import { WINDOW_STATE_FILE } from '../window/state-file';
import { launchUtilityProcess } from './hosted-process';
import type { AppPaths } from './paths';
import { createQuitGuard } from './quit-guard';

export type StartContext = {
  paths: AppPaths;
  devServerUrl: string | null;
  trustedOrigins: readonly string[];
  openExternal(url: string): Promise<void>;
  windows: WindowRegistry;
};

/**
 * After 'ready': serve the interface, open storage, answer IPC, then show the
 * window. The window comes last, so the page never calls a handler that does
 * not exist yet.
 */
export async function start(context: StartContext): Promise<void> {
  const { paths, windows } = context;
  if (process.platform === 'win32') app.setAppUserModelId('org.cotutor.app');
  app.setAboutPanelOptions({
    applicationName: app.getName(),
    applicationVersion: app.getVersion(),
  });
  denyPermissions(session.defaultSession);
  protocol.handle(
    APP_SCHEME,
    createAppProtocolHandler({ root: paths.renderer, readFile: (file) => readFile(file) }),
  );

  const services = await createHostServices({
    dataDirectory: app.getPath('userData'),
    templatesDirectory: paths.templates,
    methodsDirectory: paths.methods,
    shell: 'electron',
    version: app.getVersion(),
    openExternal: context.openExternal,
    systemLanguages: () => app.getPreferredSystemLanguages(),
    hosting: {
      launch: launchUtilityProcess(paths.hostedServer),
      allowedOrigins: () => context.trustedOrigins,
    },
    files: dialogFiles(dialog, shell, () => BrowserWindow.getFocusedWindow()),
    exports: pdfWindowExports({
      construct: (options) => new BrowserWindow(options),
      printSession: () => session.fromPartition(PRINT_PARTITION),
    }),
  });
  // The window's connections to a server hosted on a co-tutor's computer trust
  // its certificate by the pin of its invite, and nothing else unsigned.
  session.defaultSession.setCertificateVerifyProc((request, callback) =>
    callback(certificateVerdict(request, services.certificatePins())),
  );
  const handlers = registerHostHandlers(ipcMain, {
    isTrustedSender: createSenderCheck({
      trustedOrigins: context.trustedOrigins,
      isOwnWebContents: (id) => windows.isOwnWebContents(id),
    }),
    dispatch: (namespace, method, request) => dispatch(services.api, namespace, method, request),
    listen: serviceChannel(services.api).listen,
    broadcast: (channel, payload) => {
      for (const window of windows.all()) window.webContents.send(channel, payload);
    },
  });

  const createWindow = (): Promise<BrowserWindow> =>
    createMainWindow({
      construct: (options) => new BrowserWindow(options),
      registry: windows,
      preloadPath: paths.preload,
      entryUrl: context.devServerUrl ?? APP_ENTRY_URL,
      stateFile: join(app.getPath('userData'), WINDOW_STATE_FILE),
      workAreas: () => {
        const primary = screen.getPrimaryDisplay();
        const others = screen.getAllDisplays().filter((display) => display.id !== primary.id);
        return [primary, ...others].map((display) => display.workArea);
      },
      dark: nativeTheme.shouldUseDarkColors,
      title: app.getName(),
      ...(process.platform === 'linux' ? { icon: paths.icon } : {}),
    });

  // One window at a time: 'activate' or a second launch can arrive while the first is still opening.
  let opening: Promise<BrowserWindow> | null = null;
  const openWindow = (): Promise<BrowserWindow> =>
    (opening ??= createWindow().finally(() => (opening = null)));

  app.on(
    'before-quit',
    createQuitGuard({
      closeWindows: () => closeAllWindows(windows.all(), 5_000),
      settleRequests: () => handlers.settle(),
      closeServices: () => services.close(),
      quit: () => app.quit(),
      timeoutMs: 15_000,
      report: (error) => console.error('Cotutor did not shut down cleanly:', error),
    }),
  );
  app.on('second-instance', () => {
    void (async () => {
      const window = windows.current() ?? (await openWindow());
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    })();
  });
  // macOS: clicking the dock icon with no window open opens one.
  app.on('activate', () => void (windows.all().length === 0 ? openWindow() : undefined));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  nativeTheme.on('updated', () => {
    const color = backgroundColorFor(nativeTheme.shouldUseDarkColors);
    for (const window of windows.all()) window.setBackgroundColor(color);
  });

  await followLanguage(
    services.api.settings,
    () => app.getPreferredSystemLanguages(),
    (language) =>
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate({
            platform: process.platform,
            isDev: !app.isPackaged,
            appName: app.getName(),
            send: (command) => windows.current()?.webContents.send(COMMAND_CHANNEL, command),
            t: menuLabels(language),
          }),
        ),
      ),
  );
  await openWindow();
}
