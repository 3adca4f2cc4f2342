import { channelOf, HOST_METHODS } from '../../../shared/host-api/contract';
import { createIpcHandler, type Dispatch } from './handler';

/** The part of ipcMain the registrar uses, so tests can pass a fake. */
export type IpcMainLike<E> = {
  handle(channel: string, listener: (event: E, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
};

export type HostHandlers = {
  readonly channels: readonly string[];
  /** Resolves once every request already received has been answered (used before closing storage). */
  settle(): Promise<void>;
  dispose(): void;
};

/**
 * Registers exactly one handler per contract method, derived from HOST_METHODS,
 * so the IPC surface can never be wider than the contract.
 */
export function registerHostHandlers<E>(
  ipcMain: IpcMainLike<E>,
  options: { isTrustedSender(event: E): boolean; dispatch: Dispatch },
): HostHandlers {
  const pending = new Set<Promise<unknown>>();
  const channels: string[] = [];
  for (const [namespace, methods] of Object.entries(HOST_METHODS)) {
    for (const method of methods as readonly string[]) {
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
  }
  return {
    channels,
    settle: async () => {
      await Promise.allSettled([...pending]);
    },
    dispose: () => channels.forEach((channel) => ipcMain.removeHandler(channel)),
  };
}
