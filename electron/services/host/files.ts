import type { ExportService, FilesService } from '../../../shared/host-api/contract';
import { HostError } from '../../../shared/host-api/errors';

/**
 * Where there are no system dialogs (the browser preview), the page saves and
 * opens files itself; this answer tells it to.
 */
export function filesWithoutDialogs(): FilesService {
  const unsupported = async (): Promise<never> => {
    throw new HostError('unsupported', 'Files are saved and opened by the browser here.');
  };
  return { saveExport: unsupported, openImport: unsupported } satisfies FilesService;
}

/** Without Electron there is no window to print from: the page offers Word and the browser's own printing. */
export function exportsWithoutPrinting(): ExportService {
  return {
    renderPdf: async () => {
      throw new HostError('unsupported', 'PDF files are made by the desktop application.');
    },
  } satisfies ExportService;
}
