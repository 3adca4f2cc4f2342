import { useMemo } from 'react';

import { useFlagText } from '../balance/flag-text';
import { useFlags } from '../balance/use-balance';

export const NO_FLAGS: readonly string[] = [];

/** The explanations of the gentle flags on each day, by day id (the week's own flag on none). */
export function useDayFlags(titleOf: (blockId: string) => string): Map<string, readonly string[]> {
  const flags = useFlags();
  const textOf = useFlagText(titleOf);
  return useMemo(() => {
    const byDay = new Map<string, string[]>();
    for (const flag of flags) {
      if (flag.dayId === null) continue;
      const list = byDay.get(flag.dayId) ?? [];
      list.push(textOf(flag));
      byDay.set(flag.dayId, list);
    }
    return byDay;
  }, [flags, textOf]);
}
