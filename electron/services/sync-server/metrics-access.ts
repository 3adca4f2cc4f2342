import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

import { bearerMatches, bearerOf, tokenDigest } from './bearer-token';

/**
 * Who may read /metrics: the machine itself (a Prometheus or node exporter on
 * it, or `curl` by the operator), and, when the server has a metrics token,
 * whoever sends `Authorization: Bearer <token>`. The address is the one the
 * rate limits use, so behind a proxy with --trust-proxy a request forwarded from
 * the internet is not taken for the proxy's own.
 */
export type MetricsAccess = { tokenHash: Buffer | null };

export function metricsAccess(token: string | undefined): MetricsAccess {
  return { tokenHash: token === undefined ? null : tokenDigest(token) };
}

export function mayReadMetrics(
  access: MetricsAccess,
  request: IncomingMessage,
  remote: string,
): boolean {
  if (isLoopback(remote)) return true;
  if (access.tokenHash === null) return false;
  const given = bearerOf(request.headers.authorization);
  return given !== undefined && bearerMatches(given, access.tokenHash);
}

function isLoopback(address: string): boolean {
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (isIP(v4) === 4) return v4.startsWith('127.');
  return address === '::1';
}
