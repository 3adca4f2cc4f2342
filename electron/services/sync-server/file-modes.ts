/**
 * Only the server's own user may read what it stores: key hashes, owners and
 * every program. The modes are given when a file or folder is created, where the
 * umask can only take bits away, so a lax umask (0) cannot widen them.
 */
export const PRIVATE_DIRECTORY = 0o700;
export const PRIVATE_FILE = 0o600;
