import {
  COMMAND_CHANNEL,
  type EnvelopedApi,
  type PreloadBridge,
} from '../../shared/host-api/bridge';
import {
  APP_COMMANDS,
  type AppCommand,
  channelOf,
  HOST_METHODS,
} from '../../shared/host-api/contract';
import { type Envelope, failureOf } from '../../shared/host-api/errors';

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

function methodsOf(
  namespace: keyof typeof HOST_METHODS,
  invoke: BridgeTransport['invoke'],
): Record<string, unknown> {
  const methods: Record<string, unknown> = {};
  for (const method of HOST_METHODS[namespace]) {
    const channel = channelOf(namespace, method);
    // Always an envelope, even when IPC itself fails (or throws, e.g. on an argument that
    // cannot be cloned), so the page has a single error path.
    methods[method] = (...args: unknown[]): Promise<Envelope<unknown>> =>
      new Promise<unknown>((resolve) => resolve(invoke(channel, ...args))).then(
        (answer) => answer as Envelope<unknown>,
        (error: unknown) => ({ ok: false, error: failureOf(error) }),
      );
  }
  return Object.freeze(methods);
}

/**
 * window.cotutor: one function per contract method and a menu-command
 * subscription, derived from HOST_METHODS so it can expose nothing else.
 */
export function createBridge(transport: BridgeTransport): PreloadBridge {
  const api: Record<string, unknown> = {};
  for (const namespace of Object.keys(HOST_METHODS) as (keyof typeof HOST_METHODS)[]) {
    api[namespace] = methodsOf(namespace, transport.invoke);
  }
  return Object.freeze({
    api: Object.freeze(api) as EnvelopedApi,
    onCommand(listener: (command: AppCommand) => void): () => void {
      if (typeof listener !== 'function') throw new TypeError('onCommand needs a function.');
      // The IPC event (with its sender and ports) stays here; the page gets only a known command name.
      const relay = (_event: unknown, command: unknown): void => {
        if (isAppCommand(command)) listener(command);
      };
      transport.on(COMMAND_CHANNEL, relay);
      return () => transport.off(COMMAND_CHANNEL, relay);
    },
  });
}
