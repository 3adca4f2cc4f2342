import { type HostApi, type SaveExportRequest } from '../../../shared/host-api/contract';
import { HostError } from '../../../shared/host-api/errors';
import { downloadFile } from './browser-files';

/** What became of a file the user asked to save. */
export type SaveOutcome = 'saved' | 'downloaded' | 'cancelled';

/**
 * Saves through the host's save dialog; where the host has none (the browser
 * preview answers 'unsupported'), the browser downloads the file instead.
 * Any other failure (disk full, no permission) is thrown with the host's words.
 */
export async function saveFile(
  host: Pick<HostApi, 'files'>,
  name: string,
  bytes: Uint8Array,
  options: Pick<SaveExportRequest, 'reveal'> = {},
): Promise<SaveOutcome> {
  try {
    const { saved } = await host.files.saveExport({ suggestedName: name, bytes, ...options });
    return saved ? 'saved' : 'cancelled';
  } catch (error) {
    if (!(error instanceof HostError && error.code === 'unsupported')) throw error;
    downloadFile(name, bytes);
    return 'downloaded';
  }
}
