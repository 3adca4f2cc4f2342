import type { z } from 'zod';

import { type HostApi, type HostEvent } from '../../../shared/host-api/contract';
import { type Envelope, failureOf, HostError } from '../../../shared/host-api/errors';
import { isHostEvent, isHostMethod } from '../../../shared/host-api/methods';
import { type HostChannel } from '../../../shared/host-api/proxy';
import { HOST_SCHEMAS } from '../../../shared/host-api/schemas';

/**
 * The single entry point behind every transport (IPC and HTTP): finds the
 * method, validates its request against the contract's schema and answers with
 * an envelope. Unknown methods and bad requests never reach a service.
 */
export async function dispatch(
  services: HostApi,
  namespace: string,
  method: string,
  request: unknown,
): Promise<Envelope<unknown>> {
  try {
    const schema = requestSchema(namespace, method);
    const parsed = schema.safeParse(request);
    if (!parsed.success) {
      throw new HostError(
        'invalid-argument',
        { field: fieldOf(parsed.error) },
        describeIssues(namespace, method, parsed.error),
      );
    }
    const target = services[namespace as keyof HostApi] as unknown as Record<
      string,
      (request: unknown) => Promise<unknown>
    >;
    const value = await target[method]!.call(target, parsed.data);
    return { ok: true, value: value ?? null };
  } catch (error) {
    return { ok: false, error: failureOf(error) };
  }
}

/**
 * The services as a channel (VS Code's ProxyChannel.fromService): what the IPC
 * registration and the web host serve, and what proxyOf turns back into the
 * contract on the other side.
 */
export function serviceChannel(services: HostApi): HostChannel<Envelope<unknown>> {
  return {
    call: (namespace, method, request) => dispatch(services, namespace, method, request),
    listen: (namespace, event, listener) => {
      if (!isHostEvent(namespace, event)) {
        throw new HostError(
          'invalid-argument',
          { field: 'event' },
          `Unknown event "${namespace}.${event}"`,
        );
      }
      const events = services[namespace] as unknown as Record<string, HostEvent<unknown>>;
      return events[event]!(listener);
    },
  };
}

function requestSchema(namespace: string, method: string): z.ZodType {
  if (!Object.hasOwn(HOST_SCHEMAS, namespace)) {
    throw new HostError(
      'invalid-argument',
      { field: 'namespace' },
      `Unknown service "${namespace}"`,
    );
  }
  if (!isHostMethod(namespace, method)) {
    throw new HostError(
      'invalid-argument',
      { field: 'method' },
      `Unknown method "${namespace}.${method}"`,
    );
  }
  return (HOST_SCHEMAS[namespace] as Record<string, z.ZodType>)[method]!;
}

/** The first refused field, as the request names it ("title"), or "arguments" for the request as a whole. */
function fieldOf(error: z.ZodError): string {
  const path = error.issues[0]?.path ?? [];
  return path.length > 0 ? path.join('.') : 'arguments';
}

function describeIssues(namespace: string, method: string, error: z.ZodError): string {
  const details = error.issues
    .map((issue) => {
      const where = issue.path.length > 0 ? `argument ${issue.path.join('.')}` : 'arguments';
      return `${where}: ${issue.message}`;
    })
    .join('; ');
  return `Refused ${namespace}.${method}: ${details}.`;
}
