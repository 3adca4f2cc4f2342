import {
  COMMAND_CHANNEL,
  type EnvelopedApi,
  type PreloadBridge,
} from '../../shared/host-api/bridge';
import { APP_COMMANDS, type AppCommand, channelOf } from '../../shared/host-api/contract';
import { type Envelope, failureOf } from '../../shared/host-api/errors';
import { proxyOf } from '../../shared/host-api/proxy';

/**
 * The preload's transport, reduced to what the bridge needs, so the bridge can
 * be built and inspected in plain Node. In the preload these are ipcRenderer's
 * invoke, on and removeListener; none of them is ever handed to the page.
 */
export type BridgeTransport = {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void;
  off(channel: string, listener: (event: unknown, ...args: unknown[]) => void): void;
};

const COMMANDS: ReadonlySet<string> = new Set(APP_COMMANDS);

function isAppCommand(value: unknown): value is AppCommand {
  return typeof value === 'string' && COMMANDS.has(value);
}

/** Relays one IPC channel to a listener; the IPC event (with its sender and ports) stays here. */
function subscribe(
  transport: BridgeTransport,
  channel: string,
  listener: (payload: unknown) => void,
): () => void {
  const relay = (_event: unknown, payload: unknown): void => listener(payload);
  transport.on(channel, relay);
  return () => transport.off(channel, relay);
}

/**
 * window.cotutor: the contract's methods and events through the generic proxy,
 * and a menu-command subscription. The proxy derives from HOST_METHODS and
 * HOST_EVENTS, so the bridge can expose nothing else.
 */
export function createBridge(transport: BridgeTransport): PreloadBridge {
  const api = proxyOf<EnvelopedApi>({
    // Always an envelope, even when IPC itself fails (or throws, e.g. on a request that
    // cannot be cloned), so the page has a single error path.
    call: (namespace, method, request) =>
      new Promise<unknown>((resolve) => {
        const channel = channelOf(namespace, method);
        resolve(
          request === undefined ? transport.invoke(channel) : transport.invoke(channel, request),
        );
      }).then(
        (answer) => answer as Envelope<unknown>,
        (error: unknown): Envelope<unknown> => ({ ok: false, error: failureOf(error) }),
      ),
    listen: (namespace, event, listener) =>
      subscribe(transport, channelOf(namespace, event), listener),
  });
  return Object.freeze({
    api,
    onCommand(listener: (command: AppCommand) => void): () => void {
      if (typeof listener !== 'function') throw new TypeError('onCommand needs a function.');
      // The page gets only a known command name.
      return subscribe(transport, COMMAND_CHANNEL, (command) => {
        if (isAppCommand(command)) listener(command);
      });
    },
  });
}
