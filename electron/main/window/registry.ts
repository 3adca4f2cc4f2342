import type { BrowserWindow } from 'electron';

/**
 * The windows this app created. The IPC sender check asks it whether a message
 * comes from one of them, and the menu asks it where to send a command.
 */
export class WindowRegistry {
  readonly #windows = new Map<number, BrowserWindow>();

  add(window: BrowserWindow): void {
    const id = window.webContents.id;
    this.#windows.set(id, window);
    window.once('closed', () => this.#windows.delete(id));
  }

  isOwnWebContents(id: number): boolean {
    const window = this.#windows.get(id);
    return window !== undefined && !window.isDestroyed();
  }

  all(): BrowserWindow[] {
    return [...this.#windows.values()].filter((window) => !window.isDestroyed());
  }

  /** The focused window, else the most recently created one. */
  current(): BrowserWindow | undefined {
    const windows = this.all();
    return windows.find((window) => window.isFocused()) ?? windows.at(-1);
  }
}
