import type { ServerResponse } from 'node:http';

import type { Envelope, HostError } from '../../shared/host-api/errors';
import { toWire } from '../../shared/host-api/wire';
import { SECURITY_HEADERS } from '../services/security/csp';

/** Every response, API or file, refusal or success, carries the security headers. */
export function withSecurityHeaders(response: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
}

/** The content type of a successful answer that is a byte array (a program's state). */
export const BYTES_CONTENT_TYPE = 'application/octet-stream';

export function sendEnvelope(
  response: ServerResponse,
  status: number,
  envelope: Envelope<unknown>,
  extraHeaders: Record<string, string> = {},
): void {
  if (envelope.ok && envelope.value instanceof Uint8Array) {
    // A whole program's state goes as raw bytes: base64 in JSON would add a third
    // to its size and cost decoding time when a program opens.
    response.writeHead(status, {
      'Content-Type': BYTES_CONTENT_TYPE,
      'Content-Length': envelope.value.byteLength,
      'Cache-Control': 'no-store',
      ...extraHeaders,
    });
    response.end(envelope.value);
    return;
  }
  const body = toWire(envelope);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  response.end(body);
}

export function sendFailure(
  response: ServerResponse,
  status: number,
  error: HostError,
  extraHeaders: Record<string, string> = {},
): void {
  sendEnvelope(response, status, { ok: false, error: error.toFailure() }, extraHeaders);
}
