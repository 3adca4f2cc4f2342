import type { HostingStatus } from '../../../shared/host-api/contract';

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
