import { type Envelope, HostError } from '../../../shared/host-api/errors';

export type Dispatch = (
  namespace: string,
  method: string,
  request: unknown,
) => Promise<Envelope<unknown>>;

export type IpcHandler<E> = (event: E, ...args: unknown[]) => Promise<Envelope<unknown>>;

/**
 * One contract method as an ipcMain.handle listener: refuse untrusted senders
 * before anything else, then hand the request to dispatch, which validates it
 * against the contract's schema before any service runs. A method takes one
 * request: a message with more arguments than that was not sent by our bridge.
 */
export function createIpcHandler<E>(options: {
  namespace: string;
  method: string;
  isTrustedSender(event: E): boolean;
  dispatch: Dispatch;
}): IpcHandler<E> {
  const { namespace, method } = options;
  return async (event, ...args) => {
    if (!options.isTrustedSender(event)) {
      const refusal = new HostError(
        'forbidden',
        {},
        `Refused ${namespace}.${method}: the caller is not the Cotutor interface`,
      );
      return { ok: false, error: refusal.toFailure() };
    }
    if (args.length > 1) {
      const refusal = new HostError(
        'invalid-argument',
        { field: 'arguments' },
        `Refused ${namespace}.${method}: it takes one request, not ${args.length} arguments`,
      );
      return { ok: false, error: refusal.toFailure() };
    }
    return options.dispatch(namespace, method, args[0]);
  };
}
