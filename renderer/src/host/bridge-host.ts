import {
  type AppCommand,
  BRIDGE_KEY,
  HOST_METHODS,
  type HostApi,
  type Namespace,
  type PreloadBridge,
  unwrap,
} from '../../../shared/host-api';

export type Host = HostApi & {
  /** Commands from the native menu; the browser preview has none. */
  onCommand(listener: (command: AppCommand) => void): () => void;
};

type Call = (namespace: Namespace, method: string, args: unknown[]) => Promise<unknown>;

/** Builds the typed host from one generic call, for every method of the contract. */
export function hostFromCall(call: Call, onCommand: Host['onCommand']): Host {
  const api = Object.fromEntries(
    (Object.keys(HOST_METHODS) as Namespace[]).map((namespace) => [
      namespace,
      Object.fromEntries(
        (HOST_METHODS[namespace] as readonly string[]).map((method) => [
          method,
          (...args: unknown[]) => call(namespace, method, withoutTrailingUndefined(args)),
        ]),
      ),
    ]),
  ) as unknown as HostApi;
  return { ...api, onCommand };
}

/** The host inside Electron: the preload's bridge, with envelopes turned back into values or errors. */
export function bridgeHost(bridge: PreloadBridge): Host {
  return hostFromCall(async (namespace, method, args) => {
    const methods = bridge.api[namespace] as unknown as Record<string, (...a: unknown[]) => Promise<never>>;
    return unwrap(await methods[method]!(...args));
  }, bridge.onCommand);
}

export function findBridge(): PreloadBridge | null {
  const candidate = (window as unknown as Record<string, unknown>)[BRIDGE_KEY];
  return typeof candidate === 'object' && candidate !== null ? (candidate as PreloadBridge) : null;
}

/**
 * An optional argument left out and one passed as undefined mean the same; over
 * HTTP the second would arrive as null, which the host's schemas refuse.
 */
export function withoutTrailingUndefined(args: unknown[]): unknown[] {
  let length = args.length;
  while (length > 0 && args[length - 1] === undefined) length -= 1;
  return args.slice(0, length);
}
