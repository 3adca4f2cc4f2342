import { messageOf } from '../../../../shared/host-api/errors';
import type { VersionKeeper } from './version-keeper';

/**
 * Keeps the program as it was exported, as an automatic version: what went to
 * partners can be found again. The export itself has succeeded already, so a
 * failure here is only logged.
 */
export function keepExportVersion(keeper: VersionKeeper): void {
  keeper
    .keep({ kind: 'export' })
    .catch((error: unknown) =>
      console.warn(`Keeping the exported version failed: ${messageOf(error)}`),
    );
}
