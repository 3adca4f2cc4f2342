import type { BrowserWindow } from 'electron';

/**
 * Closes windows the normal way (so 'close' listeners save state and the page
 * unloads), but destroys any that have not closed after `graceMs`: a page that
 * cancels its unload must not keep the app from quitting.
 */
export async function closeAllWindows(
  windows: readonly BrowserWindow[],
  graceMs: number,
): Promise<void> {
  await Promise.all(
    windows.map(
      (window) =>
        new Promise<void>((resolve) => {
          if (window.isDestroyed()) return resolve();
          const timer = setTimeout(() => {
            if (!window.isDestroyed()) window.destroy();
            resolve();
          }, graceMs);
          window.once('closed', () => {
            clearTimeout(timer);
            resolve();
          });
          window.close();
        }),
    ),
  );
}
