import type { Namespace } from './contract';
import { HOST_EVENTS, HOST_METHODS } from './methods';

/**
 * What every transport of the contract carries, whatever it is (IPC, HTTP and
 * Server-Sent Events, or a pair of functions in a test): a call of one method
 * with its one request, and a subscription to one event.
 */
export type HostChannel<Answer> = {
  call(namespace: Namespace, method: string, request: unknown): Promise<Answer>;
  listen(namespace: Namespace, event: string, listener: (payload: unknown) => void): () => void;
};

/**
 * The contract as an object again, over a channel: one function per method and
 * per event, derived from HOST_METHODS and HOST_EVENTS, so it can offer nothing
 * else. A method forwards only its first argument, so there is no trailing
 * argument to lose or to turn into null on the way. Api is the shape the
 * channel's answers give (the contract itself, or its enveloped form).
 */
export function proxyOf<Api>(channel: HostChannel<unknown>): Api {
  const api: Record<string, unknown> = {};
  for (const namespace of Object.keys(HOST_METHODS) as Namespace[]) {
    const members: Record<string, unknown> = {};
    for (const method of HOST_METHODS[namespace]) {
      members[method] = (request?: unknown): Promise<unknown> =>
        channel.call(namespace, method, request);
    }
    for (const event of HOST_EVENTS[namespace] as readonly string[]) {
      members[event] = (listener: unknown): (() => void) => {
        if (typeof listener !== 'function')
          throw new TypeError(`${namespace}.${event} needs a function.`);
        return channel.listen(namespace, event, (payload) =>
          (listener as (payload: unknown) => void)(payload),
        );
      };
    }
    api[namespace] = Object.freeze(members);
  }
  return Object.freeze(api) as Api;
}
