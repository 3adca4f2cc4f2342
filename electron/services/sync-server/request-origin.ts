import type { IncomingMessage } from 'node:http';

/** The packaged desktop app's interface (app://cotutor/): its WebSockets carry this Origin. */
export const PACKAGED_APP_ORIGIN = 'app://cotutor';

/** Which Origins may reach the server: exact origins, or (tests, previews) a rule of one's own. */
export type AllowedOrigins = readonly string[] | ((origin: string) => boolean);

export type OriginCheck = (origin: string) => boolean;

export function originCheckOf(allowed: AllowedOrigins): OriginCheck {
  if (typeof allowed === 'function') return allowed;
  const set = new Set(allowed);
  return (origin) => set.has(origin);
}

/** Why a request is refused before any route sees it; the reason code goes into the answer. */
export type RequestRefusal =
  | { status: 403; code: 'origin-not-allowed'; error: string }
  | { status: 415; code: 'unsupported-content-type'; error: string };

/**
 * A request without Origin comes from a program (the app's main process, the
 * web host's server, curl): browsers add Origin to every cross-origin request
 * they make, and to every WebSocket. A page the user happens to have open in
 * their browser is therefore told apart by its Origin, and refused.
 */
export function refuseOrigin(
  request: IncomingMessage,
  isAllowed: OriginCheck,
): RequestRefusal | null {
  const origin = request.headers.origin;
  if (origin === undefined || isAllowed(origin)) return null;
  return {
    status: 403,
    code: 'origin-not-allowed',
    error: 'Requests from this origin are not allowed.',
  };
}

/**
 * A body must say what it is, with a type no browser sends without asking the
 * server first (a CORS preflight, which this server never allows): a form or a
 * text/plain body from a web page is refused before it is read.
 */
export function refuseContentType(
  request: IncomingMessage,
  expected: 'application/json' | 'application/octet-stream',
): RequestRefusal | null {
  const header = request.headers['content-type'] ?? '';
  const mediaType = header.split(';', 1)[0]?.trim().toLowerCase();
  if (mediaType === expected) return null;
  return {
    status: 415,
    code: 'unsupported-content-type',
    error: `The body must be sent as ${expected}.`,
  };
}
