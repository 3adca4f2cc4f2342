import { HostError, messageOf } from '../../../shared/host-api/errors';
import { fileSystemError, isFileSystemFailure } from '../storage/file-system-error';

export type Guard = <T>(doing: string, run: () => Promise<T>) => Promise<T>;

/**
 * Every failure leaving a service is a HostError whose code the interface can
 * explain: file-system errors become disk-full, no-permission, read-only or
 * storage, anything unexpected 'internal'. `doing` goes into the detail, for
 * the logs. Calls made after close() began are refused instead of reopening files.
 */
export function guardFor(state: { closed: boolean }): Guard {
  return async (doing, run) => {
    if (state.closed) throw new HostError('shutting-down', {}, `${doing} was refused`);
    try {
      return await run();
    } catch (error) {
      throw asHostError(error, doing);
    }
  };
}

export function asHostError(error: unknown, doing: string): HostError {
  if (error instanceof HostError) return error;
  if (isFileSystemFailure(error))
    return fileSystemError(error, undefined, `${doing} failed in the data folder`);
  return new HostError('internal', {}, `${doing} failed: ${messageOf(error)}`);
}
