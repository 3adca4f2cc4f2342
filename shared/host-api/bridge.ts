import type { AppCommand, HostApi, HostEvent, Namespace } from './contract';
import type { Envelope } from './errors';

/**
 * What the Electron preload exposes to the page as `window.cotutor`: one function
 * per contract method (never a raw ipcRenderer), each answering with an envelope,
 * one per contract event, plus a subscription to the native menu's commands.
 */
export const BRIDGE_KEY = 'cotutor';

type Enveloped<F> =
  F extends HostEvent<infer T>
    ? HostEvent<T>
    : F extends (...args: infer A) => Promise<infer R>
      ? (...args: A) => Promise<Envelope<R>>
      : never;

export type EnvelopedApi = {
  [N in Namespace]: { [M in keyof HostApi[N]]: Enveloped<HostApi[N][M]> };
};

export type PreloadBridge = {
  api: EnvelopedApi;
  onCommand(listener: (command: AppCommand) => void): () => void;
};

/** The IPC channel on which the main process sends menu commands. */
export const COMMAND_CHANNEL = 'app:command';
