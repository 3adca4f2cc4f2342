import { channelOf } from '../../../shared/host-api/contract';
import { hostEvents, hostMethods } from '../../../shared/host-api/methods';
import { type HostChannel } from '../../../shared/host-api/proxy';
import { createIpcHandler, type Dispatch } from './handler';

/** The part of ipcMain the registrar uses, so tests can pass a fake. */
export type IpcMainLike<E> = {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
};

/** The services' events, as the registrar subscribes to them (serviceChannel's listen). */
export type Listen = HostChannel<unknown>['listen'];

export type HostHandlers = {
  readonly channels: readonly string[];
  /** Resolves once every request already received has been answered (used before closing storage). */
  settle(): Promise<void>;
  dispose(): void;
};

/**
 * Registers exactly one handler per contract method and relays every contract
 * event to the interface's windows (broadcast), both derived from
 * HOST_METHODS and HOST_EVENTS, so the IPC surface can never be wider than the contract.
 */
export function registerHostHandlers<E>(
  ipcMain: IpcMainLike<E>,
  options: {
    isTrustedSender(event: E): boolean;
    dispatch: Dispatch;
    listen: Listen;
    /** Sends an event to every window of ours (webContents.send); the page's preload filters it. */
    broadcast(channel: string, payload: unknown): void;
  },
): HostHandlers {
  const pending = new Set<Promise<unknown>>();
  const channels: string[] = [];
  for (const { namespace, member: method } of hostMethods()) {
    const channel = channelOf(namespace, method);
    const handle = createIpcHandler<E>({ namespace, method, ...options });
    ipcMain.handle(channel, (event, ...args) => {
      const answer = handle(event, ...args);
      pending.add(answer);
      const forget = (): void => void pending.delete(answer);
      answer.then(forget, forget);
      return answer;
    });
    channels.push(channel);
  }
  const subscriptions = hostEvents().map(({ namespace, member: event }) =>
    options.listen(namespace, event, (payload) =>
      options.broadcast(channelOf(namespace, event), payload),
    ),
  );
  return {
    channels,
    settle: async () => {
      await Promise.allSettled([...pending]);
    },
    dispose: () => {
      channels.forEach((channel) => ipcMain.removeHandler(channel));
      subscriptions.forEach((stop) => stop());
    },
  };
}
