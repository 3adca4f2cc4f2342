/**
 * Failures crossing the host boundary travel as data (an envelope), because
 * Electron's IPC and contextBridge keep only an error's message.
 */
export const HOST_ERROR_CODES = [
  'invalid-argument',
  'not-found',
  'damaged',
  'newer-version',
  'storage',
  'forbidden',
  'unsupported',
  'conflict',
  'unreachable',
  'internal',
] as const;
export type HostErrorCode = (typeof HOST_ERROR_CODES)[number];

export type HostFailure = { code: HostErrorCode; message: string };
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: HostFailure };

export class HostError extends Error {
  constructor(
    readonly code: HostErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'HostError';
  }
}

export function failureOf(error: unknown): HostFailure {
  if (error instanceof HostError) return { code: error.code, message: error.message };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

export function unwrap<T>(envelope: Envelope<T>): T {
  if (envelope.ok) return envelope.value;
  throw new HostError(envelope.error.code, envelope.error.message);
}
