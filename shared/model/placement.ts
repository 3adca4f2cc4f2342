/**
 * A block's day and position, stored as one value so that concurrent moves of the
 * same block resolve to one whole placement, never a day from one move and a
 * rank from the other.
 */
export type Placement = { dayId: string; rank: string };

export function isPlacement(value: unknown): value is Placement {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Placement).dayId === 'string' &&
    typeof (value as Placement).rank === 'string'
  );
}
