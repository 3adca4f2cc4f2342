import { HostError } from '../../../shared/host-api/errors';
import { externalUrlOf } from './urls';

/**
 * The `app.openExternal` service method's opener. The argument was already
 * validated by the contract's schema; it is checked again here because this is
 * the last step before the operating system runs a handler for the URL.
 */
export function createExternalOpener(
  openWithSystem: (url: string) => Promise<void>,
): (url: string) => Promise<void> {
  return async (url) => {
    const safe = externalUrlOf(url);
    if (safe === null)
      throw new HostError(
        'invalid-argument',
        { field: 'url' },
        'Only http(s) and mailto links can be opened',
      );
    await openWithSystem(safe);
  };
}
