import { constants } from 'node:fs';
import { copyFile, open, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

import { HostError } from '../../../shared/host-api/errors';
import { syncDirectory } from './durable-file';
import { errnoOf } from './file-system-error';

/**
 * A program file that cannot be read is never deleted, overwritten or replaced by
 * an empty program: it stays where it is and a copy goes to damaged/, so that
 * neither a later save nor a repair attempt can destroy what is left of it.
 */
export async function keepDamagedCopy(
  damagedDirectory: string,
  id: string,
  file: string,
): Promise<string> {
  const existing = await identicalCopy(damagedDirectory, id, file);
  if (existing !== null) return existing;
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  for (let attempt = 0; ; attempt++) {
    const target = join(
      damagedDirectory,
      `${id}-${stamp}${attempt === 0 ? '' : `-${attempt}`}.ydoc`,
    );
    try {
      await copyFile(file, target, constants.COPYFILE_EXCL);
    } catch (error) {
      if (errnoOf(error) === 'EEXIST') continue;
      throw error;
    }
    const handle = await open(target, 'r');
    await handle.sync().finally(() => handle.close());
    await syncDirectory(damagedDirectory);
    return target;
  }
}

/** Opening the same damaged program twice keeps one copy, not one per attempt. */
async function identicalCopy(
  damagedDirectory: string,
  id: string,
  file: string,
): Promise<string | null> {
  const names = (await readdir(damagedDirectory).catch(() => [] as string[])).filter((name) =>
    name.startsWith(`${id}-`),
  );
  if (names.length === 0) return null;
  const original = await readFile(file);
  for (const name of names) {
    const candidate = join(damagedDirectory, name);
    if ((await stat(candidate)).size !== original.byteLength) continue;
    if (original.equals(await readFile(candidate))) return candidate;
  }
  return null;
}

export function damagedError(
  label: string,
  reason: string,
  copy: string,
  original: string,
): HostError {
  return new HostError(
    'damaged-file',
    { copyPath: copy },
    `${label} is damaged (${reason}); the file is still at ${original}`,
  );
}

export function newerVersionError(label: string, version: number, supported: number): HostError {
  return new HostError(
    'newer-version',
    {},
    `${label} has format ${version}; this version reads up to ${supported}`,
  );
}
