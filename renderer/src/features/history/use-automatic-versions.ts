import { useEffect } from 'react';
import type * as Y from 'yjs';

import { messageOf } from '../../../../shared/host-api/errors';
import { reviewRootOf } from '../../../../shared/review/layout';
import { useHost } from '../../host';
import type { ProgramSession } from '../../program';
import { usePreferences } from '../preferences/preferences-context';
import { IdleVersions } from './idle-versions';
import { keeperOf } from './use-version-keeper';

/**
 * For the life of the program's window: keeps a version when this user starts
 * editing after a pause, applies retention once on opening, and removes the
 * bodies of versions a co-tutor's retention took off the list.
 */
export function useAutomaticVersions(session: ProgramSession): void {
  const host = useHost();
  const userId = usePreferences().settings?.userId ?? '';

  useEffect(() => {
    const keeper = keeperOf(session, host, userId);
    const warn = (doing: string) => (error: unknown) =>
      console.warn(`${doing} failed: ${messageOf(error)}`);
    const idle = new IdleVersions(
      session.doc,
      (origin) => session.undoManager.trackedOrigins.has(origin),
      (request) => void keeper.keep(request).catch(warn('Keeping a version after a pause')),
      () => Date.now(),
    );
    void keeper.thin().catch(warn('Thinning the versions'));
    const versions = reviewRootOf(session.review, 'versions');
    const onChange = (event: Y.YMapEvent<unknown>) => {
      const removed = [...event.changes.keys].filter(([, change]) => change.action === 'delete');
      if (removed.length === 0 || event.transaction.local) return;
      void keeper.forget(removed.map(([id]) => id)).catch(warn('Removing thinned versions'));
    };
    versions.observe(onChange);
    return () => {
      versions.unobserve(onChange);
      idle.dispose();
    };
  }, [session, host, userId]);
}
