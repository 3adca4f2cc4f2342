import type { MenuItemConstructorOptions } from 'electron';

import type { AppCommand } from '../../../shared/host-api/contract';
import type { MenuLabels } from './labels';

export type MenuContext = {
  platform: NodeJS.Platform;
  /** Unpackaged: adds reload and developer tools. */
  isDev: boolean;
  appName: string;
  /** Delivers a command to the focused window's interface. */
  send(command: AppCommand): void;
  /** The words of the interface's language (labels.ts). */
  t: MenuLabels;
};

function command(
  label: string,
  accelerator: string,
  name: AppCommand,
  send: MenuContext['send'],
): MenuItemConstructorOptions {
  return { label, accelerator, click: () => send(name) };
}

/**
 * Undo and redo belong to the document (a Yjs undo manager), not to Chromium's
 * text fields, so they are commands for the page. On macOS the menu owns the
 * shortcut; on Windows and Linux the page already handles the keys itself, so
 * the accelerator is only shown (registerAccelerator: false) and the page does
 * not undo twice.
 */
function undoRedo(context: MenuContext): MenuItemConstructorOptions[] {
  const mac = context.platform === 'darwin';
  const redoAccelerator = context.platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z';
  const { t } = context;
  return [
    { ...command(t('undo'), 'CmdOrCtrl+Z', 'undo', context.send), registerAccelerator: mac },
    { ...command(t('redo'), redoAccelerator, 'redo', context.send), registerAccelerator: mac },
  ];
}

function appMenu(context: MenuContext): MenuItemConstructorOptions {
  const { t, appName } = context;
  return {
    label: appName,
    submenu: [
      { role: 'about', label: t('about', { appName }) },
      { type: 'separator' },
      { role: 'services', label: t('services') },
      { type: 'separator' },
      { role: 'hide', label: t('hide', { appName }) },
      { role: 'hideOthers', label: t('hideOthers') },
      { role: 'unhide', label: t('unhide') },
      { type: 'separator' },
      { role: 'quit', label: t('quit', { appName }) },
    ],
  };
}

function fileMenu(context: MenuContext): MenuItemConstructorOptions {
  const mac = context.platform === 'darwin';
  const { t, appName } = context;
  return {
    label: t('file'),
    submenu: [
      command(t('newProgram'), 'CmdOrCtrl+N', 'new-program', context.send),
      command(t('showLibrary'), 'CmdOrCtrl+L', 'show-library', context.send),
      { type: 'separator' },
      command(t('export'), 'CmdOrCtrl+P', 'export-document', context.send),
      { type: 'separator' },
      { role: 'close', label: t('closeWindow') },
      // On macOS Quit lives in the application menu.
      ...(mac
        ? []
        : [
            { type: 'separator' } as const,
            { role: 'quit', label: t('quit', { appName }) } as const,
          ]),
    ],
  };
}

function editMenu(context: MenuContext): MenuItemConstructorOptions {
  const { t } = context;
  return {
    label: t('edit'),
    submenu: [
      ...undoRedo(context),
      { type: 'separator' },
      { role: 'cut', label: t('cut') },
      { role: 'copy', label: t('copy') },
      { role: 'paste', label: t('paste') },
      { role: 'selectAll', label: t('selectAll') },
      { type: 'separator' },
      command(t('find'), 'CmdOrCtrl+F', 'find', context.send),
    ],
  };
}

function viewMenu(context: MenuContext): MenuItemConstructorOptions {
  const { t } = context;
  const developer: MenuItemConstructorOptions[] = context.isDev
    ? [
        { role: 'reload', label: t('reload') },
        { role: 'forceReload', label: t('forceReload') },
        { role: 'toggleDevTools', label: t('toggleDevTools') },
        { type: 'separator' },
      ]
    : [];
  return {
    label: t('view'),
    submenu: [
      ...developer,
      { role: 'resetZoom', label: t('resetZoom') },
      { role: 'zoomIn', label: t('zoomIn') },
      { role: 'zoomOut', label: t('zoomOut') },
      { type: 'separator' },
      { role: 'togglefullscreen', label: t('toggleFullScreen') },
    ],
  };
}

/** Written out rather than Electron's windowMenu role, whose items would stay in English. */
function windowMenu(context: MenuContext): MenuItemConstructorOptions {
  const { t } = context;
  const mac = context.platform === 'darwin';
  return {
    role: 'window',
    label: t('window'),
    submenu: [
      { role: 'minimize', label: t('minimize') },
      { role: 'zoom', label: t('zoom') },
      ...(mac
        ? [{ type: 'separator' } as const, { role: 'front', label: t('front') } as const]
        : [{ role: 'close', label: t('closeWindow') } as const]),
    ],
  };
}

/** The native menu, as a pure function of the platform so each platform's shortcuts can be tested. */
export function buildMenuTemplate(context: MenuContext): MenuItemConstructorOptions[] {
  return [
    ...(context.platform === 'darwin' ? [appMenu(context)] : []),
    fileMenu(context),
    editMenu(context),
    viewMenu(context),
    windowMenu(context),
    {
      role: 'help',
      label: context.t('help'),
      submenu: [{ role: 'about', label: context.t('about', { appName: context.appName }) }],
    },
  ];
}
