import { useCallback, useMemo, useSyncExternalStore } from 'react';
import * as Y from 'yjs';

import { balance, type BalanceSource } from '../../../../shared/balance/balance';
import { COVERAGE_COLUMNS } from '../../../../shared/balance/coverage';
import { dismissedFlagsOf, dismissFlag, readDismissed } from '../../../../shared/balance/dismissed';
import { type Flag, flags } from '../../../../shared/balance/flags';
import { blockOf, rootOf } from '../../../../shared/model/layout';
import { readDays, readMeta } from '../../../../shared/model/read';
import { readRichText } from '../../../../shared/model/rich-text/decode';
import type { SessionRichField, Theme } from '../../../../shared/model/schema';
import { useProgramSession } from '../../program';
import { LOCAL_ORIGIN } from '../../program/origins';

/** The rich-text fields the balance reads: the coverage grid's, which include the flags'. */
const BALANCE_FIELDS = Object.values(COVERAGE_COLUMNS).flat() as SessionRichField[];
/** The only fields the flags read; the planner decodes no more than these. */
const FLAG_FIELDS: readonly SessionRichField[] = ['languageObjectives', 'followUp'];

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
  source: BalanceSource & { meta: { theme: Theme } };
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

/** Days, blocks and stages, with only the session-plan fields the balance looks at decoded. */
function readBalanceSource(
  doc: Y.Doc,
  fields: readonly SessionRichField[],
): BalanceState['source'] {
  const days = readDays(doc, { withText: false });
  for (const day of days) {
    for (const block of day.blocks) {
      const stored = blockOf(doc, block.id);
      const text = stored?.get('text');
      if (!(text instanceof Y.Map)) continue;
      for (const field of fields) {
        const xml = text.get(field);
        if (xml instanceof Y.XmlText) block.text[field] = readRichText(xml);
      }
    }
  }
  return { meta: { theme: readMeta(doc).theme }, days };
}
