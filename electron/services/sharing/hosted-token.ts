import type { HostingStatus } from '../../../shared/host-api/contract';
import type { SharingStore } from './sharing-store';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Whether `serverUrl` names this computer's own hosted server: its port, on one
 * of the addresses it is reachable at or on loopback. The app's shares to it
 * then carry the hosted server's registration token, which nothing else knows.
 */
export function isOwnHostedServer(serverUrl: string, status: HostingStatus): boolean {
  if (!status.running || status.port === null) return false;
  let url: URL;
  try {
    url = new URL(serverUrl);
  } catch {
    return false;
  }
  if (Number(url.port) !== status.port) return false;
  const hosts = new Set(status.urls.map((reachable) => new URL(reachable).hostname));
  return LOOPBACK.has(url.hostname) || hosts.has(url.hostname);
}

/**
 * Programs shared on this computer's hosted server before it spoke TLS hold its
 * ws:// address, which nothing answers any more: they move to its wss://
 * address, so that their owner can still rotate, stop and sync them. (Co-tutors
 * who joined with such an invite need a new one, which carries the pin.)
 */
export async function moveOwnServerToTls(
  store: Pick<SharingStore, 'serverUrls' | 'moveServer'>,
  status: HostingStatus,
): Promise<void> {
  for (const url of store.serverUrls()) {
    if (!url.startsWith('ws:')) continue;
    const secure = `wss:${url.slice('ws:'.length)}`;
    if (isOwnHostedServer(secure, status)) await store.moveServer(url, secure);
  }
}
