import { HostError, messageOf } from '../../../shared/host-api/errors';

type FileSystemCode = 'disk-full' | 'no-permission' | 'read-only' | 'storage';

/** The one place where the system's reasons (errno codes) become the codes the interface explains. */
const BY_ERRNO: Readonly<Record<string, FileSystemCode>> = {
  ENOSPC: 'disk-full',
  EDQUOT: 'disk-full',
  EACCES: 'no-permission',
  EPERM: 'no-permission',
  EROFS: 'read-only',
};

export function errnoOf(error: unknown): string | undefined {
  const code =
    typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === 'string' && /^E[A-Z]+$/.test(code) ? code : undefined;
}

/** Whether the failure came from the file system (it carries an errno code). */
export function isFileSystemFailure(error: unknown): boolean {
  return errnoOf(error) !== undefined;
}

/**
 * A failure of the file system as a HostError: disk full, no permission and
 * read-only get codes of their own, anything else is 'storage'. `file` is the
 * base name the interface may show; the system's own message stays in the detail.
 */
export function fileSystemError(error: unknown, file?: string, doing?: string): HostError {
  const errno = errnoOf(error);
  const code = (errno === undefined ? undefined : BY_ERRNO[errno]) ?? 'storage';
  const reason = messageOf(error);
  return new HostError(
    code,
    file === undefined ? {} : { file },
    doing === undefined ? reason : `${doing}: ${reason}`,
  );
}
