import { describe, expect, it } from 'vitest';

import {
  backgroundColorFor,
  buildWebPreferences,
  buildWindowOptions,
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
} from '../../electron/main/security/web-preferences';

describe('renderer web preferences', () => {
  const preferences = buildWebPreferences('/app/out/preload/index.cjs');

  it('isolate the page and sandbox the renderer', () => {
    expect(preferences.contextIsolation).toBe(true);
    expect(preferences.sandbox).toBe(true);
  });

  it('give the page no Node.js, in the page, workers or subframes', () => {
    expect(preferences.nodeIntegration).toBe(false);
    expect(preferences.nodeIntegrationInWorker).toBe(false);
    expect(preferences.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keep web security on and every risky feature off', () => {
    expect(preferences.webSecurity).toBe(true);
    expect(preferences.allowRunningInsecureContent).toBe(false);
    expect(preferences.experimentalFeatures).toBe(false);
    expect(preferences.webviewTag).toBe(false);
    expect(preferences.enableWebSQL).toBe(false);
    expect(preferences.navigateOnDragDrop).toBe(false);
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('load the CommonJS preload and check spelling', () => {
    expect(preferences.preload).toBe('/app/out/preload/index.cjs');
    expect(preferences.spellcheck).toBe(true);
  });
});

describe('main window options', () => {
  it('stay hidden until painted, on a background matching the theme, above the minimum size', () => {
    const options = buildWindowOptions({
      preloadPath: '/p.cjs',
      placement: { ...DEFAULT_WINDOW_SIZE },
      dark: true,
      title: 'Cotutor',
    });
    expect(options).toMatchObject({
      title: 'Cotutor',
      width: DEFAULT_WINDOW_SIZE.width,
      height: DEFAULT_WINDOW_SIZE.height,
      minWidth: MIN_WINDOW_SIZE.width,
      minHeight: MIN_WINDOW_SIZE.height,
      show: false,
      backgroundColor: backgroundColorFor(true),
    });
    expect(options).not.toHaveProperty('x');
    expect(options).not.toHaveProperty('icon');
    expect(options.webPreferences).toEqual(buildWebPreferences('/p.cjs'));
    expect(backgroundColorFor(true)).not.toBe(backgroundColorFor(false));
  });

  it('take a saved position and a window icon when given', () => {
    const options = buildWindowOptions({
      preloadPath: '/p.cjs',
      placement: { width: 1000, height: 700, x: 40, y: 30 },
      dark: false,
      title: 'Cotutor',
      icon: '/icon.png',
    });
    expect(options).toMatchObject({ x: 40, y: 30, width: 1000, height: 700, icon: '/icon.png' });
    expect(options.backgroundColor).toBe('#ffffff');
  });
});
