import * as Y from 'yjs';

import * as coerce from './coerce';
import { byRank, initialRanks, rankAt, type Ranked } from './order';

/**
 * Ordered collections stored as Y.Map id → Y.Map { rank, … } (co-tutors, days,
 * stages). Blocks use the same ranks inside their placement value.
 */
export function sortedEntries(map: Y.Map<Y.Map<unknown>>, exceptId?: string): Ranked[] {
  const entries: Ranked[] = [];
  map.forEach((value, id) => {
    if (id !== exceptId && value instanceof Y.Map)
      entries.push({ id, rank: coerce.text(value.get('rank')) });
  });
  return entries.sort(byRank);
}

/**
 * The rank for inserting at `index`. When concurrent edits left two items with the
 * same rank, the whole list is given fresh ranks first (inside the caller's
 * transaction), so the new position is exact.
 */
export function rankForIndex(
  siblings: Ranked[],
  index: number,
  rerank: (id: string, rank: string) => void,
): string {
  const rank = rankAt(siblings, index);
  if (rank !== null) return rank;
  const fresh = initialRanks(siblings.length);
  siblings.forEach((sibling, i) => {
    const next = fresh[i] ?? sibling.rank;
    rerank(sibling.id, next);
    sibling.rank = next;
  });
  return rankAt(siblings, index) ?? fresh[fresh.length - 1] + 'V';
}

/** Moves an entry of a ranked Y.Map to `index` among its siblings. */
export function moveRanked(map: Y.Map<Y.Map<unknown>>, id: string, index: number): void {
  const entry = map.get(id);
  if (!(entry instanceof Y.Map)) return;
  const siblings = sortedEntries(map, id);
  const rank = rankForIndex(siblings, index, (siblingId, next) =>
    map.get(siblingId)?.set('rank', next),
  );
  entry.set('rank', rank);
}
