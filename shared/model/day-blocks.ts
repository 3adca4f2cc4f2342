import * as Y from 'yjs';

import { requireParts } from './layout';
import { byRank, type Ranked } from './order';
import { isPlacement } from './placement';

/** The blocks of a day in order, as ids and ranks. */
export function blocksOfDay(doc: Y.Doc, dayId: string, exceptId?: string): Ranked[] {
  const entries: Ranked[] = [];
  requireParts(doc).blocks.forEach((value, id) => {
    if (id === exceptId || !(value instanceof Y.Map)) return;
    const placement = value.get('placement');
    if (isPlacement(placement) && placement.dayId === dayId)
      entries.push({ id, rank: placement.rank });
  });
  return entries.sort(byRank);
}
