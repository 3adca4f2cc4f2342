import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Checks every request must pass. The Host check defeats DNS rebinding (a remote
 * page whose name resolves to 127.0.0.1 still sends its own name); the token
 * proves the caller got the URL from whoever started this host.
 */
export function hostIsAllowed(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Browsers send Origin on cross-origin requests; only our own origin may call. */
export function originIsAllowed(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin;
  return (
    origin === undefined ||
    origin === `http://127.0.0.1:${port}` ||
    origin === `http://localhost:${port}`
  );
}

export function bearerMatches(request: IncomingMessage, token: string): boolean {
  const header = request.headers.authorization;
  if (header === undefined || !header.startsWith('Bearer ')) return false;
  // Comparing digests keeps the comparison constant-time even when lengths differ.
  const given = createHash('sha256').update(header.slice('Bearer '.length)).digest();
  const expected = createHash('sha256').update(token).digest();
  return timingSafeEqual(given, expected);
}
