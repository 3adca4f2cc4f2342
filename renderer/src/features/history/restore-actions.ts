import type * as Y from 'yjs';

import { restoreProgram, restoreSession } from '../../../../shared/history/restore';
import type { ProgramSession } from '../../program';
import { LOCAL_ORIGIN } from '../../program/origins';
import type { VersionKeeper } from './version-keeper';

/**
 * Restores happen as this user's own undo step, after the program as it was is
 * kept as an automatic version: a restore never loses what it replaces. When
 * keeping that version fails, nothing is restored.
 */

export async function restoreWholeProgram(
  session: ProgramSession,
  keeper: VersionKeeper,
  old: Y.Doc,
): Promise<void> {
  await keeper.keep({ kind: 'before-restore' });
  session.asOwnUndoStep(() => restoreProgram(session.doc, old, LOCAL_ORIGIN));
}

export async function restoreOneSession(
  session: ProgramSession,
  keeper: VersionKeeper,
  old: Y.Doc,
  blockId: string,
): Promise<void> {
  await keeper.keep({ kind: 'before-restore' });
  session.asOwnUndoStep(() => restoreSession(session.doc, old, blockId, LOCAL_ORIGIN));
}
