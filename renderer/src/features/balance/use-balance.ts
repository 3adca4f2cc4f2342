import { useCallback, useMemo, useSyncExternalStore } from 'react';
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

/**
 * A counter that moves on every change of the program, rich text included (a
 * co-tutor writing a session's follow-up changes the grid), and of its dismissals.
 */
function useChangeVersion(doc: Y.Doc): number {
  const subscribe = useCallback(
    (notify: () => void) => {
      const bump = () => {
        versions.set(doc, (versions.get(doc) ?? 0) + 1);
        notify();
      };
      const root = rootOf(doc);
      const dismissed = dismissedFlagsOf(doc);
      root.observeDeep(bump);
      dismissed.observe(bump);
      return () => {
        root.unobserveDeep(bump);
        dismissed.unobserve(bump);
      };
    },
    [doc],
  );
  return useSyncExternalStore(subscribe, () => versions.get(doc) ?? 0);
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
  const version = useChangeVersion(doc);
  const state = useMemo(() => {
    const source = readBalanceSource(doc, BALANCE_FIELDS);
    return {
      source,
      figures: balance(source),
      flags: flags(source, readDismissed(doc)),
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version is the change signal
  }, [doc, version]);
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
  const version = useChangeVersion(doc);
  return useMemo(
    () => flags(readBalanceSource(doc, FLAG_FIELDS), readDismissed(doc)),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version is the change signal
    [doc, version],
  );
}
