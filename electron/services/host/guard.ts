import { HostError } from '../../../shared/host-api/errors';

export type Guard = <T>(doing: string, run: () => Promise<T>) => Promise<T>;

/**
 * Every failure leaving a service is a HostError with a message a person can act
 * on: file-system errors become 'storage', anything unexpected 'internal'. Calls
 * made after close() began are refused instead of reopening files.
 */
export function guardFor(state: { closed: boolean }): Guard {
  return async (doing, run) => {
    if (state.closed)
      throw new HostError('storage', `${doing} was refused: Cotutor is shutting down.`);
    try {
      return await run();
    } catch (error) {
      throw asHostError(error, doing);
    }
  };
}

export function asHostError(error: unknown, doing: string): HostError {
  if (error instanceof HostError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) {
    return new HostError(
      'storage',
      `${doing} failed: the data folder could not be used (${message}).`,
    );
  }
  return new HostError('internal', `${doing} failed: ${message}`);
}
