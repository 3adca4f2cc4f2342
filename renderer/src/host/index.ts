import { bridgeHost, findBridge, type Host } from './bridge-host';
import { httpHost } from './http-host';

export type { Host } from './bridge-host';
export { HostProvider, useHost } from './host-context';
export { openOutside } from './open-outside';

/** The preload's bridge inside Electron, the web host's HTTP API in a browser. */
export function connectHost(): Host {
  const bridge = findBridge();
  return bridge === null ? httpHost() : bridgeHost(bridge);
}
