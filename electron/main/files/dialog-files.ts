import { readFile, stat, writeFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';

import type { BrowserWindow, Dialog, Shell } from 'electron';

import { EXCHANGE_EXTENSION } from '../../../shared/exchange/extension';
import type { FilesService } from '../../../shared/host-api/contract';
import { HostError } from '../../../shared/host-api/errors';
import { METHOD_FILE_EXTENSION } from '../../../shared/method/method-file';
import { writeFailure } from '../../services/host/files';

const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
const FILTERS = [{ name: 'Cotutor program', extensions: [EXCHANGE_EXTENSION.slice(1)] }];

/** The save dialog offers the format of the name the page suggests. */
const SAVE_FILTERS: Record<string, { name: string; extensions: string[] }[]> = {
  cotutor: FILTERS,
  pdf: [{ name: 'PDF document', extensions: ['pdf'] }],
  docx: [{ name: 'Word document', extensions: ['docx'] }],
  // The dialogs take one extension per filter; "json" keeps the name's whole ending.
  method: [{ name: 'Cotutor method', extensions: ['json'] }],
};

/**
 * .cotutor files through the system's save and open dialogs. The page never
 * names a path: it only offers a file name, and gets back the bytes the user chose.
 */
export function dialogFiles(
  dialog: Dialog,
  shell: Pick<Shell, 'showItemInFolder'>,
  window: () => BrowserWindow | null,
): FilesService {
  return {
    async saveExport({ suggestedName, bytes, reveal }) {
      const owner = window();
      const extension = suggestedName.toLowerCase().endsWith(METHOD_FILE_EXTENSION)
        ? 'method'
        : extname(suggestedName).slice(1).toLowerCase();
      const options = { defaultPath: suggestedName, filters: SAVE_FILTERS[extension] ?? FILTERS };
      const choice =
        owner === null
          ? await dialog.showSaveDialog(options)
          : await dialog.showSaveDialog(owner, options);
      if (choice.canceled || choice.filePath === undefined) return { saved: false };
      try {
        await writeFile(choice.filePath, bytes);
      } catch (error) {
        throw writeFailure(choice.filePath, error);
      }
      if (reveal === true) shell.showItemInFolder(choice.filePath);
      return { saved: true };
    },
    async openImport() {
      const owner = window();
      const options = { properties: ['openFile' as const], filters: FILTERS };
      const choice =
        owner === null
          ? await dialog.showOpenDialog(options)
          : await dialog.showOpenDialog(owner, options);
      const path = choice.filePaths[0];
      if (choice.canceled || path === undefined) return null;
      const size = (await stat(path)).size;
      if (size > MAX_IMPORT_BYTES)
        throw new HostError('refused-file', { reason: 'too-large' }, `${path} has ${size} bytes`);
      return { name: basename(path), bytes: new Uint8Array(await readFile(path)) };
    },
  } satisfies FilesService;
}
