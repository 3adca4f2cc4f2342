import type { z } from 'zod';

import {
  type Envelope,
  failureOf,
  HOST_METHODS,
  type HostApi,
  HostError,
  METHOD_ARGUMENTS,
  type Namespace,
} from '../../../shared/host-api';

/**
 * The single entry point behind both transports (IPC and HTTP): finds the method,
 * validates its arguments against the contract's schema and answers with an
 * envelope. Unknown methods and bad arguments never reach a service.
 */
export async function dispatch(
  services: HostApi,
  namespace: string,
  method: string,
  args: unknown,
): Promise<Envelope<unknown>> {
  try {
    const schema = argumentSchema(namespace, method);
    const parsed = schema.safeParse(args);
    if (!parsed.success) {
      throw new HostError('invalid-argument', { field: fieldOf(parsed.error) }, describeIssues(namespace, method, parsed.error));
    }
    const target = services[namespace as Namespace] as unknown as Record<
      string,
      (...values: unknown[]) => Promise<unknown>
    >;
    const value = await target[method]!.call(target, ...(parsed.data as unknown[]));
    return { ok: true, value: value ?? null };
  } catch (error) {
    return { ok: false, error: failureOf(error) };
  }
}

function argumentSchema(namespace: string, method: string): z.ZodType {
  if (!Object.hasOwn(HOST_METHODS, namespace)) {
    throw new HostError('invalid-argument', { field: 'namespace' }, `Unknown service "${namespace}"`);
  }
  const methods = HOST_METHODS[namespace as Namespace] as readonly string[];
  if (!methods.includes(method)) {
    throw new HostError('invalid-argument', { field: 'method' }, `Unknown method "${namespace}.${method}"`);
  }
  return (METHOD_ARGUMENTS[namespace as Namespace] as Record<string, z.ZodType>)[method]!;
}

/** The first refused field, as the contract names it ("0.title"), or "arguments" for their number. */
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
