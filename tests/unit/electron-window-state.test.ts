import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { DEFAULT_WINDOW_SIZE, MIN_WINDOW_SIZE } from '../../electron/main/security/web-preferences';
import {
  captureWindowState,
  isOnScreen,
  parseWindowState,
  type Rect,
  restoreWindowState,
  type WindowState,
} from '../../electron/main/window/state';
import { readWindowState, writeWindowStateSync } from '../../electron/main/window/state-file';

const LAPTOP: Rect = { x: 0, y: 0, width: 1920, height: 1040 };
const RIGHT_MONITOR: Rect = { x: 1920, y: 0, width: 2560, height: 1400 };

const state = (
  x: number,
  y: number,
  width = 1200,
  height = 800,
  maximized = false,
): WindowState => ({
  bounds: { x, y, width, height },
  maximized,
});

describe('window state restore', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(restoreWindowState(null, [LAPTOP])).toEqual({
      placement: { ...DEFAULT_WINDOW_SIZE },
      maximized: false,
    });
  });

  it('shrinks the default to a small screen, but not below the minimum', () => {
    expect(restoreWindowState(null, [{ x: 0, y: 0, width: 1366, height: 728 }]).placement).toEqual({
      width: DEFAULT_WINDOW_SIZE.width,
      height: 728,
    });
    expect(restoreWindowState(null, [{ x: 0, y: 0, width: 800, height: 500 }]).placement).toEqual(
      MIN_WINDOW_SIZE,
    );
  });

  it('restores saved bounds and maximized state that are on a connected display', () => {
    expect(restoreWindowState(state(100, 80), [LAPTOP])).toEqual({
      placement: { x: 100, y: 80, width: 1200, height: 800 },
      maximized: false,
    });
    expect(restoreWindowState(state(2100, 50, 1600, 1000, true), [LAPTOP, RIGHT_MONITOR])).toEqual({
      placement: { x: 2100, y: 50, width: 1600, height: 1000 },
      maximized: true,
    });
  });

  it('rejects bounds on a display that is no longer connected', () => {
    const restored = restoreWindowState(state(2100, 50, 1600, 1000, true), [LAPTOP]);
    expect(restored.placement).toEqual(DEFAULT_WINDOW_SIZE);
    expect(restored.maximized).toBe(true);
  });

  it('rejects bounds that leave too little, or no title bar, on screen', () => {
    expect(isOnScreen({ x: 1880, y: 100, width: 1200, height: 800 }, [LAPTOP])).toBe(false);
    expect(isOnScreen({ x: -1150, y: 100, width: 1200, height: 800 }, [LAPTOP])).toBe(false);
    expect(isOnScreen({ x: 100, y: -300, width: 1200, height: 800 }, [LAPTOP])).toBe(false);
    expect(isOnScreen({ x: 100, y: 1010, width: 1200, height: 800 }, [LAPTOP])).toBe(false);
    expect(isOnScreen({ x: -600, y: 100, width: 1200, height: 800 }, [LAPTOP])).toBe(true);
    expect(isOnScreen({ x: 100, y: 100, width: 1200, height: 800 }, [])).toBe(false);
  });

  it('raises a saved size below the minimum', () => {
    expect(restoreWindowState(state(10, 10, 300, 200), [LAPTOP]).placement).toEqual({
      x: 10,
      y: 10,
      width: 960,
      height: 600,
    });
  });

  it('ignores damaged or foreign saved state', () => {
    for (const raw of [
      null,
      42,
      'x',
      {},
      { bounds: { x: 0, y: 0, width: 100 }, maximized: false },
      { bounds: { x: 0, y: 0, width: 1.5, height: 100 }, maximized: false },
      { bounds: { x: 0, y: 0, width: -5, height: 100 }, maximized: false },
      { bounds: { x: 0, y: 0, width: 100, height: 100 }, maximized: 'yes' },
    ]) {
      expect(parseWindowState(raw), JSON.stringify(raw)).toBeNull();
    }
    expect(
      parseWindowState({
        bounds: { x: -10, y: 5, width: 1000, height: 700, extra: 1 },
        maximized: true,
      }),
    ).toEqual(state(-10, 5, 1000, 700, true));
  });

  it('captures the normal bounds of a maximized window', () => {
    const window = {
      getNormalBounds: () => ({ x: 5, y: 6, width: 1100, height: 700 }),
      isMaximized: () => true,
    };
    expect(captureWindowState(window)).toEqual(state(5, 6, 1100, 700, true));
  });
});

describe('window state file', () => {
  const directories: string[] = [];
  const scratch = () => {
    const directory = mkdtempSync(join(tmpdir(), 'cotutor-window-'));
    directories.push(directory);
    return directory;
  };
  afterAll(() =>
    directories.forEach((directory) => rmSync(directory, { recursive: true, force: true })),
  );

  it('round-trips, replacing the old file without leaving a temporary one', async () => {
    const directory = scratch();
    const file = join(directory, 'window-state.json');
    expect(await readWindowState(file)).toBeNull();
    writeWindowStateSync(file, state(1, 2));
    writeWindowStateSync(file, state(3, 4, 1000, 700, true));
    expect(await readWindowState(file)).toEqual(state(3, 4, 1000, 700, true));
    expect(readdirSync(directory)).toEqual(['window-state.json']);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state(3, 4, 1000, 700, true));
  });

  it('reads a damaged file as no state', async () => {
    const file = join(scratch(), 'window-state.json');
    writeFileSync(file, '{"bounds": {"x": 1');
    expect(await readWindowState(file)).toBeNull();
  });
});
