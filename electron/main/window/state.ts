import {
  DEFAULT_WINDOW_SIZE,
  MIN_WINDOW_SIZE,
  type WindowPlacement,
} from '../security/web-preferences';

/**
 * Where the window was, and where to put it again. A monitor may have been
 * unplugged since: restoring onto it would open an invisible window, so saved
 * coordinates are kept only while they still land on a connected display.
 */

export type Rect = { x: number; y: number; width: number; height: number };
export type WindowState = { bounds: Rect; maximized: boolean };

/** How much of the window, including its title bar, must remain on a display to be reachable. */
const MIN_VISIBLE = { width: 100, height: 50 } as const;

function isWhole(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** The saved state read back from disk, or null if the file is missing, damaged or from something else. */
export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { bounds, maximized } = raw as { bounds?: unknown; maximized?: unknown };
  if (typeof maximized !== 'boolean' || typeof bounds !== 'object' || bounds === null) return null;
  const { x, y, width, height } = bounds as Partial<Record<keyof Rect, unknown>>;
  if (!isWhole(x) || !isWhole(y) || !isWhole(width) || !isWhole(height)) return null;
  if (width <= 0 || height <= 0) return null;
  return { bounds: { x, y, width, height }, maximized };
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** Whether enough of the window, and its top edge (where the title bar is), is on one of the work areas. */
export function isOnScreen(bounds: Rect, workAreas: readonly Rect[]): boolean {
  return workAreas.some((area) => {
    const shared = overlap(bounds, area);
    const topEdgeInside = bounds.y >= area.y && bounds.y < area.y + area.height;
    return (
      shared.width >= MIN_VISIBLE.width && shared.height >= MIN_VISIBLE.height && topEdgeInside
    );
  });
}

/** The default size, shrunk to fit a small primary display (but never below the minimum). */
function defaultSize(primary: Rect | undefined): { width: number; height: number } {
  const fit = (wanted: number, available: number | undefined, minimum: number): number =>
    Math.max(minimum, Math.min(wanted, available ?? wanted));
  return {
    width: fit(DEFAULT_WINDOW_SIZE.width, primary?.width, MIN_WINDOW_SIZE.width),
    height: fit(DEFAULT_WINDOW_SIZE.height, primary?.height, MIN_WINDOW_SIZE.height),
  };
}

/**
 * The placement for a new window. `workAreas` lists the displays' work areas,
 * the primary display first. Without usable saved bounds the window gets the
 * default size and no position, which Electron centres.
 */
export function restoreWindowState(
  saved: WindowState | null,
  workAreas: readonly Rect[],
): { placement: WindowPlacement; maximized: boolean } {
  if (saved === null) return { placement: defaultSize(workAreas[0]), maximized: false };
  const width = Math.max(MIN_WINDOW_SIZE.width, saved.bounds.width);
  const height = Math.max(MIN_WINDOW_SIZE.height, saved.bounds.height);
  const bounds = { ...saved.bounds, width, height };
  if (isOnScreen(bounds, workAreas)) return { placement: bounds, maximized: saved.maximized };
  return { placement: defaultSize(workAreas[0]), maximized: saved.maximized };
}

/** The window's restored (not maximized) bounds, so un-maximizing after a restart returns to them. */
export function captureWindowState(window: {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
}): WindowState {
  const { x, y, width, height } = window.getNormalBounds();
  return { bounds: { x, y, width, height }, maximized: window.isMaximized() };
}
