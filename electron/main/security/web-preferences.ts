import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/**
 * The renderer's privileges, written out in full rather than left to defaults,
 * so a change of default in a future Electron cannot loosen them silently and
 * a test can prove every item of the security baseline.
 */
export function buildWebPreferences(preloadPath: string): WebPreferences {
  return { ...LOCKED_DOWN, preload: preloadPath, spellcheck: true };
}

/** The baseline every window of the app shares, the hidden print window included. */
export const LOCKED_DOWN = {
  // The page and the preload live in separate JavaScript worlds; the page sees only window.cotutor.
  contextIsolation: true,
  // OS-level sandbox for the renderer, and a preload that can reach only the sandboxed Electron modules.
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webviewTag: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  enableWebSQL: false,
  navigateOnDragDrop: false,
  // Stops a page from flooding the user with alert() dialogs.
  safeDialogs: true,
} as const satisfies WebPreferences;

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 } as const;
export const MIN_WINDOW_SIZE = { width: 960, height: 600 } as const;

const BACKGROUND = { dark: '#1f2023', light: '#ffffff' } as const;

/** Painted before the first frame, so a dark system theme does not flash white. */
export function backgroundColorFor(dark: boolean): string {
  return dark ? BACKGROUND.dark : BACKGROUND.light;
}

export type WindowPlacement = { width: number; height: number; x?: number; y?: number };

export function buildWindowOptions(options: {
  preloadPath: string;
  placement: WindowPlacement;
  dark: boolean;
  title: string;
  /** Only Linux takes the window icon from here; Windows and macOS use the packaged one. */
  icon?: string;
}): BrowserWindowConstructorOptions {
  const { placement } = options;
  return {
    title: options.title,
    width: placement.width,
    height: placement.height,
    ...(placement.x !== undefined && placement.y !== undefined
      ? { x: placement.x, y: placement.y }
      : {}),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    // Shown on 'ready-to-show', once the first frame is painted.
    show: false,
    backgroundColor: backgroundColorFor(options.dark),
    ...(options.icon !== undefined ? { icon: options.icon } : {}),
    webPreferences: buildWebPreferences(options.preloadPath),
  };
}
