import type { Host } from '../host';
import { readStoredProgram, type StoredProgram } from './stored-program';

let early: { programId: string; read: Promise<StoredProgram> } | null = null;

/**
 * Starts reading the program the page opens on before the app's code has been
 * evaluated (page-host.ts), so that the host's answer travels meanwhile.
 */
export function readProgramEarly(host: Host, programId: string): void {
  const read = readStoredProgram(host, programId);
  // A failure is the open's to report, once it takes the read; until then it is held.
  read.catch(() => undefined);
  early = { programId, read };
}

/** The early read of this program, once: any later open reads afresh. */
export function takeEarlyRead(programId: string): Promise<StoredProgram> | null {
  const taken = early;
  early = null;
  return taken !== null && taken.programId === programId ? taken.read : null;
}
