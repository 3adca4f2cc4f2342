import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Order in a shared list is kept as a fractional rank on each item, not as the
 * position in a Y.Array: moving an item is then one value change, so two people
 * moving the same item at once can never duplicate or lose it.
 */

export type Ranked = { id: string; rank: string };

/** Sorts by rank, then id, so that equal ranks from concurrent inserts still order the same everywhere. */
export function byRank(a: Ranked, b: Ranked): number {
  if (a.rank !== b.rank) return a.rank < b.rank ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function initialRanks(count: number): string[] {
  return generateNKeysBetween(null, null, count);
}

/**
 * The rank that places an item at `index` among `siblings` (sorted, without the
 * item itself). Returns null when neighbours share a rank, which only concurrent
 * edits produce; the caller then re-ranks the whole list.
 */
export function rankAt(siblings: readonly Ranked[], index: number): string | null {
  const clamped = Math.max(0, Math.min(index, siblings.length));
  const before = siblings[clamped - 1]?.rank ?? null;
  const after = siblings[clamped]?.rank ?? null;
  if (before !== null && after !== null && before >= after) return null;
  try {
    return generateKeyBetween(before, after);
  } catch {
    return null;
  }
}
