import { HostError } from '../../../shared/host-api/errors';
import { isSyncServerUrl } from '../../../shared/sync/invite';

/**
 * One spelling per sync server, so that "ws://host:1234" and "ws://HOST:1234/"
 * are the same server when deciding whether a program is already shared there.
 * A query or fragment means nothing to the server and is dropped; credentials in
 * the address are refused, because they would travel in every invite.
 */
export function normalizeServerAddress(address: string): string {
  if (!isSyncServerUrl(address)) {
    throw new HostError(
      'invalid-argument',
      { field: 'server' },
      `"${address}" is not a ws:// or wss:// address`,
    );
  }
  const url = new URL(address);
  if (url.username !== '' || url.password !== '') {
    throw new HostError('credentials-in-address');
  }
  return `${url.protocol}//${url.host}${url.pathname.replace(/\/+$/, '')}`;
}
