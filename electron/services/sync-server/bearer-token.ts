import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * A secret an operator gives the server (the registration token, the metrics
 * token), kept and compared as its SHA-256 digest: the comparison then takes
 * the same time whatever was sent, and the token itself is never held or logged.
 */
export function tokenDigest(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

/** The token of an `Authorization: Bearer <token>` header; undefined without one. */
export function bearerOf(authorization: string | undefined): string | undefined {
  return /^Bearer (\S+)$/i.exec(authorization?.trim() ?? '')?.[1];
}

/** Whether the token sent has the digest the server keeps. */
export function bearerMatches(given: string, digest: Buffer): boolean {
  return timingSafeEqual(tokenDigest(given), digest);
}
