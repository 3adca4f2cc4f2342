import type { LibraryChange, ProgramSummary } from '../../../shared/host-api/contract';
import type { Emitter } from './emitter';

export type LibraryChanges = Emitter<LibraryChange>;

/**
 * Whether a program's line in the library reads differently after a change. The
 * time of the last change is left out: every saved keystroke moves it, and the
 * library need not be read again for each one.
 */
export function listedDifferently(
  before: ProgramSummary | undefined,
  after: ProgramSummary,
): boolean {
  if (before === undefined) return true;
  const { updatedAt: _before, ...was } = before;
  const { updatedAt: _after, ...is } = after;
  return JSON.stringify(was) !== JSON.stringify(is);
}

/** Runs a change to one program and announces it once it has succeeded. */
export async function announcing<T>(
  changes: LibraryChanges,
  programId: string,
  run: () => Promise<T>,
): Promise<T> {
  const result = await run();
  changes.fire({ programId });
  return result;
}
