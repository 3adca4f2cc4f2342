import { bearerMatches, bearerOf, tokenDigest } from './bearer-token';

/**
 * Who may register a new room. A server open to the internet without a token
 * lets anyone store rooms on it (bounded only by its budgets); with one, only
 * people the institution gave it to. The token is compared as a SHA-256 digest,
 * so the comparison takes the same time whatever was sent, and never logged.
 */
export type RegistrationGate = { tokenHash: Buffer } | 'open';

export function registrationGate(token: string | undefined): RegistrationGate {
  return token === undefined ? 'open' : { tokenHash: tokenDigest(token) };
}

export type TokenRefusal = {
  status: 401;
  reason: 'registration-token-required' | 'registration-token-wrong';
  error: string;
};

/** Null when `authorization` (the request's header) lets this request register a room. */
export function tokenRefusal(
  gate: RegistrationGate,
  authorization: string | undefined,
): TokenRefusal | null {
  if (gate === 'open') return null;
  const given = bearerOf(authorization);
  if (given === undefined) {
    return {
      status: 401,
      reason: 'registration-token-required',
      error: 'This server needs its registration token to register a room.',
    };
  }
  if (bearerMatches(given, gate.tokenHash)) return null;
  return {
    status: 401,
    reason: 'registration-token-wrong',
    error: 'The registration token does not match.',
  };
}
