import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

import { parseWindowState, type WindowState } from './state';

export const WINDOW_STATE_FILE = 'window-state.json';

/** The saved state, or null when there is none or it cannot be read: a bad file must never block startup. */
export async function readWindowState(file: string): Promise<WindowState | null> {
  try {
    return parseWindowState(JSON.parse(await readFile(file, 'utf8')));
  } catch {
    return null;
  }
}

/**
 * Written on window close, synchronously because the process may exit right
 * after. A temporary file is synced and then renamed over the old one, so a
 * crash or power loss leaves either the old state or the new one, never half.
 */
export function writeWindowStateSync(file: string, state: WindowState): void {
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.tmp`);
  try {
    const handle = openSync(temporary, 'w', 0o600);
    try {
      writeSync(handle, `${JSON.stringify(state)}\n`);
      fsyncSync(handle);
    } finally {
      closeSync(handle);
    }
    renameSync(temporary, file);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
