import { useMemo } from 'react';

import type { Program } from '../../../../shared/model/types';
import { useDayDate } from '../../i18n/format';

/** A day the agenda can be printed for: its index in the week and its date, in the interface's words. */
export type AgendaDayChoice = { index: number; date: string };

/** The program's days, for choosing which day's agenda to print. */
export function useAgendaDays(program: Program | null): AgendaDayChoice[] {
  const dayDate = useDayDate(program?.meta.startDate ?? '');
  const count = program?.days.length ?? 0;
  return useMemo(
    () => Array.from({ length: count }, (_, index) => ({ index, date: dayDate(index) })),
    [count, dayDate],
  );
}
