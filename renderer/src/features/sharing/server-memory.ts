/**
 * The sync server last used for each program, and the last one used at all, so
 * that sharing again (after stopping, or another program of the same project)
 * starts from the right address. A preference of this computer, not part of any
 * program: the host remembers the server of a program while it is shared.
 */
const PROGRAM_KEY = (programId: string) => `cotutor.syncServer.${programId}`;
const LAST_KEY = 'cotutor.syncServer.last';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function rememberedServer(programId: string): string {
  const store = storage();
  return store?.getItem(PROGRAM_KEY(programId)) ?? store?.getItem(LAST_KEY) ?? '';
}

export function rememberServer(programId: string, server: string): void {
  const store = storage();
  store?.setItem(PROGRAM_KEY(programId), server);
  store?.setItem(LAST_KEY, server);
}
