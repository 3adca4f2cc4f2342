import { BRIDGE_KEY, type PreloadBridge } from '../../../shared/host-api/bridge';
import { type AppCommand, type HostApi, type HostEvent } from '../../../shared/host-api/contract';
import { type Envelope, unwrap } from '../../../shared/host-api/errors';
import { proxyOf } from '../../../shared/host-api/proxy';

export type Host = HostApi & {
  /** Commands from the native menu; the browser preview has none. */
  onCommand(listener: (command: AppCommand) => void): () => void;
};

type EnvelopedMethods = Record<string, (request: unknown) => Promise<Envelope<unknown>>>;
type Events = Record<string, HostEvent<unknown>>;

/** The host inside Electron: the preload's bridge, with envelopes turned back into values or errors. */
export function bridgeHost(bridge: PreloadBridge): Host {
  const api = proxyOf<HostApi>({
    call: async (namespace, method, request) =>
      unwrap(await (bridge.api[namespace] as unknown as EnvelopedMethods)[method]!(request)),
    listen: (namespace, event, listener) =>
      (bridge.api[namespace] as unknown as Events)[event]!(listener),
  });
  return { ...api, onCommand: bridge.onCommand };
}

export function findBridge(): PreloadBridge | null {
  const candidate = (window as unknown as Record<string, unknown>)[BRIDGE_KEY];
  return typeof candidate === 'object' && candidate !== null ? (candidate as PreloadBridge) : null;
}
