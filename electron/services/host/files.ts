import { writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

import type { ExportService, FilesService } from '../../../shared/host-api/contract';
import { HostError } from '../../../shared/host-api/errors';
import { fileSystemError } from '../storage/file-system-error';

/**
 * Where there are no system dialogs (the browser preview), the page saves and
 * opens files itself; this answer tells it to.
 */
export function filesWithoutDialogs(): FilesService {
  const unsupported = async (): Promise<never> => {
    throw new HostError('unsupported', {}, 'Files are saved and opened by the browser here.');
  };
  return { saveExport: unsupported, openImport: unsupported } satisfies FilesService;
}

/**
 * Saves every export into one folder under the name the page suggests, as if
 * the user had picked that folder in a save dialog: the browser preview's
 * `--exports` option, so that saving, and failing to save, can be tried for real.
 * Opening files stays with the browser.
 */
export function filesIntoFolder(directory: string): FilesService {
  return {
    async saveExport({ suggestedName, bytes }) {
      // The page names a file, never a path.
      if (basename(suggestedName) !== suggestedName || suggestedName.startsWith('.')) {
        throw new HostError(
          'invalid-argument',
          { field: 'suggestedName' },
          `“${suggestedName}” is not a file name`,
        );
      }
      const path = join(directory, suggestedName);
      try {
        await writeFile(path, bytes);
      } catch (error) {
        throw writeFailure(path, error);
      }
      return { saved: true };
    },
    openImport: filesWithoutDialogs().openImport,
  } satisfies FilesService;
}

/** Disk full, no permission, read-only folder: each its own code, with the file named. */
export function writeFailure(path: string, error: unknown): HostError {
  return fileSystemError(error, basename(path), `Saving ${path}`);
}

/**
 * Without Electron's print window or a Chromium given to the web host there is
 * nothing to print with: the page offers Word and the browser's own printing.
 */
export function exportsWithoutPrinting(): ExportService {
  return {
    renderPdf: async () => {
      throw new HostError('unsupported', {}, 'PDF files are made by the desktop application.');
    },
  } satisfies ExportService;
}
