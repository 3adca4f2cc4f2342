import { randomBytes } from 'node:crypto';
import { access, type FileHandle, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

import { errnoOf } from './file-system-error';

/**
 * Writes that survive a crash and a power loss: data reaches the disk (fsync)
 * before a rename makes it visible, and the directory is synced so that the
 * rename itself is durable.
 */

export async function syncDirectory(directory: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(directory, 'r');
    await handle.sync();
  } catch (error) {
    // Windows cannot open or fsync a directory; NTFS journals the rename itself.
    if (process.platform !== 'win32') throw error;
  } finally {
    await handle?.close();
  }
}

/** Writes all of `data` at `position`, looping over short writes. */
export async function writeFully(
  handle: FileHandle,
  data: Uint8Array,
  position: number,
): Promise<void> {
  let written = 0;
  while (written < data.byteLength) {
    const { bytesWritten } = await handle.write(
      data,
      written,
      data.byteLength - written,
      position + written,
    );
    written += bytesWritten;
  }
}

/**
 * Replaces `file` with `data` atomically: readers see the old or the new content, never a mix.
 * `mode` sets the permissions of the new file (0o600 for secrets; ignored on Windows).
 */
export async function replaceFileDurably(
  file: string,
  data: Uint8Array,
  temporary?: string,
  mode = 0o666,
): Promise<void> {
  const staging =
    temporary ?? join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(staging, 'w', mode);
  try {
    await writeFully(handle, data, 0);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(staging).catch(() => undefined);
    throw error;
  }
  await handle.close();
  await rename(staging, file);
  await syncDirectory(dirname(file));
}

/** Moves a file between directories of the same volume and makes the move durable. */
export async function moveDurably(from: string, to: string): Promise<void> {
  await rename(from, to);
  await syncDirectory(dirname(to));
  if (dirname(from) !== dirname(to)) await syncDirectory(dirname(from));
}

export function isMissingFile(error: unknown): boolean {
  return errnoOf(error) === 'ENOENT';
}

export async function fileExists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch (error) {
    if (isMissingFile(error)) return false;
    throw error;
  }
}
