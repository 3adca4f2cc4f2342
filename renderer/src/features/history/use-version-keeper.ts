import type { VersionAuthor } from '../../../../shared/history/version-list';
import { type Host, useHost } from '../../host';
import { type ProgramSession, useProgramSession } from '../../program';
import { readUser } from '../../sync/presence-state';
import { USER_COLORS } from '../preferences/palette';
import { usePreferences } from '../preferences/preferences-context';
import { VersionKeeper } from './version-keeper';

const keepers = new WeakMap<ProgramSession, VersionKeeper>();
/** This user's stable id (Settings.userId) as the screens last passed it; empty until settings load. */
const userIds = new WeakMap<ProgramSession, string>();

/** The one keeper of the open program's versions, shared by every screen of its window. */
export function keeperOf(session: ProgramSession, host: Host, userId: string): VersionKeeper {
  if (userId !== '') userIds.set(session, userId);
  let keeper = keepers.get(session);
  if (keeper === undefined) {
    keeper = new VersionKeeper(session, host, () => authorOf(session));
    keepers.set(session, keeper);
  }
  return keeper;
}

export function useVersionKeeper(): VersionKeeper {
  return keeperOf(useProgramSession(), useHost(), usePreferences().settings?.userId ?? '');
}

/**
 * Who keeps a version: the name and colour this user shows the co-tutors
 * (presence announces them), with their stable id once known, which tells
 * apart two co-tutors of the same name; someone without a name is shown in the
 * list as the history's word for a person unnamed.
 */
function authorOf(session: ProgramSession): VersionAuthor {
  const user = readUser(session.awareness.getLocalState() ?? {}) ?? {
    name: '',
    color: USER_COLORS[0].value,
  };
  const userId = userIds.get(session);
  return userId === undefined ? user : { ...user, userId };
}
