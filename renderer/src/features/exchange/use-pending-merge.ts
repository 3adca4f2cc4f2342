import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import * as Y from 'yjs';

import { useToast } from '../../components';
import { useHost } from '../../host';
import type { ProgramSession } from '../../program';
import { keeperOf } from '../history/use-version-keeper';
import { usePreferences } from '../preferences/preferences-context';
import { takeMerge } from './pending-merges';

/** Marks changes that came from a file: saved and synced like any, but not the user's to undo. */
export const FILE_ORIGIN = Symbol('merged from a .cotutor file');

/** Merges a .cotutor file chosen in the library into this program, and its review, once it is open. */
export function usePendingMerge(session: ProgramSession): void {
  const { t } = useTranslation('exchange');
  const toast = useToast();
  const host = useHost();
  const userId = usePreferences().settings?.userId ?? '';

  useEffect(() => {
    let live = true;
    // Into the review as stored, not into the empty document before it is loaded.
    session.whenReviewLoaded(() => {
      if (live) mergePending();
    });
    return () => {
      live = false;
    };

    function mergePending() {
      const merge = takeMerge(session.programId);
      if (merge === undefined) return;
      // The program as it was is kept first (its state taken now, stored meanwhile).
      keeperOf(session, host, userId)
        .keep({ kind: 'before-merge' })
        .catch((error: unknown) =>
          console.warn('Keeping the version before a merge failed:', error),
        );
      // Yjs reports an update only when applying changed something (content or deletions).
      let changed = false;
      const onUpdate = () => {
        changed = true;
      };
      session.doc.on('update', onUpdate);
      session.review.on('update', onUpdate);
      Y.applyUpdate(session.doc, merge.state, FILE_ORIGIN);
      if (merge.review !== null) Y.applyUpdate(session.review, merge.review, FILE_ORIGIN);
      session.doc.off('update', onUpdate);
      session.review.off('update', onUpdate);
      toast({ message: t(changed ? 'merged' : 'nothingNew', { name: merge.fileName }) });
    }
  }, [session, host, userId, t, toast]);
}
