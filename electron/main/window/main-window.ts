import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

import { buildWindowOptions } from '../security/web-preferences';
import type { WindowRegistry } from './registry';
import { captureWindowState, type Rect, restoreWindowState } from './state';
import { readWindowState, writeWindowStateSync } from './state-file';

export type MainWindowDependencies = {
  construct(options: BrowserWindowConstructorOptions): BrowserWindow;
  registry: WindowRegistry;
  preloadPath: string;
  /** app://cotutor/index.html, or the dev server in development. */
  entryUrl: string;
  stateFile: string;
  /** Work areas of the connected displays, primary first. */
  workAreas(): Rect[];
  dark: boolean;
  title: string;
  icon?: string;
};

export async function createMainWindow(deps: MainWindowDependencies): Promise<BrowserWindow> {
  const saved = await readWindowState(deps.stateFile);
  const { placement, maximized } = restoreWindowState(saved, deps.workAreas());
  const window = deps.construct(
    buildWindowOptions({
      preloadPath: deps.preloadPath,
      placement,
      dark: deps.dark,
      title: deps.title,
      ...(deps.icon !== undefined ? { icon: deps.icon } : {}),
    }),
  );
  deps.registry.add(window);

  // Shown only once painted, so the user never sees an empty white window.
  window.once('ready-to-show', () => {
    if (maximized) window.maximize();
    window.show();
  });
  window.on('close', () => {
    try {
      writeWindowStateSync(deps.stateFile, captureWindowState(window));
    } catch (error) {
      console.warn('Could not remember the window position:', error);
    }
  });

  // Not awaited: a failed load is reported, and the window still exists to be focused or closed.
  window
    .loadURL(deps.entryUrl)
    .catch((error: unknown) => console.error('Could not load the interface:', error));
  return window;
}
