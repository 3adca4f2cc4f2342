import type { MenuItemConstructorOptions } from 'electron';

import type { AppCommand } from '../../../shared/host-api/contract';

export type MenuContext = {
  platform: NodeJS.Platform;
  /** Unpackaged: adds reload and developer tools. */
  isDev: boolean;
  appName: string;
  /** Delivers a command to the focused window's interface. */
  send(command: AppCommand): void;
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
  return [
    { ...command('Undo', 'CmdOrCtrl+Z', 'undo', context.send), registerAccelerator: mac },
    { ...command('Redo', redoAccelerator, 'redo', context.send), registerAccelerator: mac },
  ];
}

function appMenu(context: MenuContext): MenuItemConstructorOptions {
  return {
    label: context.appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
}

function fileMenu(context: MenuContext): MenuItemConstructorOptions {
  const mac = context.platform === 'darwin';
  return {
    label: 'File',
    submenu: [
      command('New program', 'CmdOrCtrl+N', 'new-program', context.send),
      command('Show library', 'CmdOrCtrl+L', 'show-library', context.send),
      { type: 'separator' },
      command('Export as PDF or Word…', 'CmdOrCtrl+P', 'export-document', context.send),
      { type: 'separator' },
      { role: 'close', label: 'Close window' },
      // On macOS Quit lives in the application menu.
      ...(mac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };
}

function editMenu(context: MenuContext): MenuItemConstructorOptions {
  return {
    label: 'Edit',
    submenu: [
      ...undoRedo(context),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      { type: 'separator' },
      command('Find', 'CmdOrCtrl+F', 'find', context.send),
    ],
  };
}

function viewMenu(context: MenuContext): MenuItemConstructorOptions {
  const developer: MenuItemConstructorOptions[] = context.isDev
    ? [
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
      ]
    : [];
  return {
    label: 'View',
    submenu: [
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
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
    { role: 'windowMenu' },
    { role: 'help', submenu: [{ role: 'about', label: `About ${context.appName}` }] },
  ];
}
