import { useCallback, useMemo, useState, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

import { balance } from '../../../../shared/balance/balance';
import { dismissedFlagsOf, dismissFlag, readDismissed } from '../../../../shared/balance/dismissed';
import { type Flag, flags } from '../../../../shared/balance/flags';
import { rootOf } from '../../../../shared/model/layout';
import { useProgramSession } from '../../program';
import { LOCAL_ORIGIN } from '../../program/origins';
import {
  BALANCE_FIELDS,
  type BalanceProgram,
  FLAG_FIELDS,
  readBalanceSource,
} from './read-balance';
import { RichTextCache } from './rich-text-cache';

/**
 * A counter that moves on every change of the program, rich text included (a
 * co-tutor writing a session's follow-up changes the grid), and of its
 * dismissals; and the decoded fields, each kept until a change reaches it.
 */
function useChangeVersion(doc: Y.Doc): { version: number; cache: RichTextCache } {
  const [cache] = useState(() => new RichTextCache());
  const subscribe = useCallback(
    (notify: () => void) => {
      // What was decoded while nothing listened may have changed since.
      cache.clear();
      const bump = () => {
        versions.set(doc, (versions.get(doc) ?? 0) + 1);
        notify();
      };
      const changed = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        cache.forget(events);
        bump();
      };
      const root = rootOf(doc);
      const dismissed = dismissedFlagsOf(doc);
      root.observeDeep(changed);
      dismissed.observe(bump);
      return () => {
        root.unobserveDeep(changed);
        dismissed.unobserve(bump);
      };
    },
    [doc, cache],
  );
  return { version: useSyncExternalStore(subscribe, () => versions.get(doc) ?? 0), cache };
}
const versions = new WeakMap<Y.Doc, number>();

export type BalanceState = {
  source: BalanceProgram;
  figures: ReturnType<typeof balance>;
  flags: Flag[];
  dismiss: (flagId: string) => void;
};

/** The week's balance and its flags, read once per change of the open program. */
export function useBalance(): BalanceState {
  const { doc } = useProgramSession();
  const { version, cache } = useChangeVersion(doc);
  const state = useMemo(() => {
    const source = readBalanceSource(doc, BALANCE_FIELDS, cache);
    return {
      source,
      figures: balance(source),
      flags: flags(source, readDismissed(doc)),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version is the change signal
  }, [doc, cache, version]);
  // Not an undo step: the undo history covers the program, and a dismissal is a choice about hints.
  const dismiss = useCallback(
    (flagId: string) => doc.transact(() => dismissFlag(doc, flagId), LOCAL_ORIGIN),
    [doc],
  );
  return { ...state, dismiss };
}

/** The flags alone, for the week planner's day marks. */
export function useFlags(): Flag[] {
  const { doc } = useProgramSession();
  const { version, cache } = useChangeVersion(doc);
  return useMemo(
    () => flags(readBalanceSource(doc, FLAG_FIELDS, cache), readDismissed(doc)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version is the change signal
    [doc, cache, version],
  );
}
