import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { BrowserWindow, Dialog } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { dialogFiles } from '../../electron/main/files/dialog-files';
import { filesIntoFolder, writeFailure } from '../../electron/services/host/files';
import { HostError } from '../../shared/host-api/errors';

const PDF = new TextEncoder().encode('%PDF-1.7\n');

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'cotutor-save-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

/** The save dialog answering as if the user picked `filePath` (or cancelled). */
function saveDialogChoosing(filePath: string | undefined) {
  const showSaveDialog = vi.fn(async () => ({ canceled: filePath === undefined, filePath }));
  const shell = { showItemInFolder: vi.fn() };
  const files = dialogFiles(
    { showSaveDialog } as unknown as Dialog,
    shell,
    () => null as BrowserWindow | null,
  );
  return { files, showSaveDialog, shell };
}

async function failure(promise: Promise<unknown>): Promise<HostError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(HostError);
  return error as HostError;
}

describe('saving an export through the save dialog', () => {
  it('writes the file where the user chose, offers the format of the name, and shows it in its folder', async () => {
    const target = join(folder, 'CLIL week.pdf');
    const { files, showSaveDialog, shell } = saveDialogChoosing(target);
    await expect(
      files.saveExport({ suggestedName: 'CLIL week.pdf', bytes: PDF, reveal: true }),
    ).resolves.toEqual({ saved: true });
    expect(new Uint8Array(await readFile(target))).toEqual(PDF);
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: 'CLIL week.pdf',
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      }),
    );
    expect(shell.showItemInFolder).toHaveBeenCalledWith(target);
  });

  it('offers a method file under its whole name, as a method', async () => {
    const target = join(folder, 'Jigsaw.cotutor-method.json');
    const { files, showSaveDialog } = saveDialogChoosing(target);
    const bytes = new TextEncoder().encode('{}');
    await expect(
      files.saveExport({ suggestedName: 'Jigsaw.cotutor-method.json', bytes }),
    ).resolves.toEqual({ saved: true });
    expect(showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        defaultPath: 'Jigsaw.cotutor-method.json',
        filters: [{ name: 'Cotutor method', extensions: ['json'] }],
      }),
    );
  });

  it('writes nothing and reveals nothing when the user cancels', async () => {
    const { files, shell } = saveDialogChoosing(undefined);
    await expect(
      files.saveExport({ suggestedName: 'CLIL week.docx', bytes: PDF, reveal: true }),
    ).resolves.toEqual({ saved: false });
    expect(shell.showItemInFolder).not.toHaveBeenCalled();
  });

  it('says that the disk is full, naming the file but not its folder, and reveals nothing', async () => {
    // /dev/full answers every write with ENOSPC, as a full disk does.
    const { files, shell } = saveDialogChoosing('/dev/full');
    const error = await failure(
      files.saveExport({ suggestedName: 'CLIL week.pdf', bytes: PDF, reveal: true }),
    );
    expect(error.toFailure()).toMatchObject({ code: 'disk-full', params: { file: 'full' } });
    expect(shell.showItemInFolder).not.toHaveBeenCalled();
  });
});

describe('saving exports into a folder (the browser preview)', () => {
  it('writes the file under the suggested name', async () => {
    const files = filesIntoFolder(folder);
    await expect(
      files.saveExport({ suggestedName: 'Тіл үйрену әдістемесі.pdf', bytes: PDF }),
    ).resolves.toEqual({ saved: true });
    expect(new Uint8Array(await readFile(join(folder, 'Тіл үйрену әдістемесі.pdf')))).toEqual(PDF);
  });

  it('refuses a name that is a path', async () => {
    const files = filesIntoFolder(join(folder, 'inner'));
    for (const name of ['../escape.pdf', '/etc/passwd', '.hidden.pdf']) {
      expect((await failure(files.saveExport({ suggestedName: name, bytes: PDF }))).code).toBe(
        'invalid-argument',
      );
    }
    expect(existsSync(join(folder, 'escape.pdf'))).toBe(false);
  });

  it('reports a full disk clearly', async () => {
    await symlink('/dev/full', join(folder, 'CLIL week.pdf'));
    const error = await failure(
      filesIntoFolder(folder).saveExport({ suggestedName: 'CLIL week.pdf', bytes: PDF }),
    );
    expect(error.toFailure()).toMatchObject({
      code: 'disk-full',
      params: { file: 'CLIL week.pdf' },
    });
  });
});

describe('write failures as codes', () => {
  const errno = (code: string) => Object.assign(new Error(`${code}: failed`), { code });
  it.each([
    ['ENOSPC', 'disk-full'],
    ['EDQUOT', 'disk-full'],
    ['EACCES', 'no-permission'],
    ['EPERM', 'no-permission'],
    ['EROFS', 'read-only'],
    ['EIO', 'storage'],
  ])('%s', (errnoCode, code) => {
    const error = writeFailure('/home/aigerim/plan.pdf', errno(errnoCode));
    // The interface may name the file, never the folder; the system's words stay in the detail.
    expect(error.toFailure()).toEqual({
      code,
      params: { file: 'plan.pdf' },
      detail: `Saving /home/aigerim/plan.pdf: ${errnoCode}: failed`,
    });
  });

  it('calls anything without an errno code a storage failure', () => {
    expect(writeFailure('/tmp/plan.pdf', new Error('odd')).code).toBe('storage');
  });
});
